/** Article pages for partner sites and browsers. */
package io.newsflow.publish.article.api;
