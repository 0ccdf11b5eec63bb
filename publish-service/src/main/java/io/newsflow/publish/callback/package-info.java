/** SSRF protection for outbound callbacks: which addresses a push may reach. */
package io.newsflow.publish.callback;
