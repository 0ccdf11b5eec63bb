/** The publish API's OpenAPI document ({@code /v3/api-docs}) and its browser view ({@code /swagger-ui.html}). */
package io.newsflow.publish.apidocs;
