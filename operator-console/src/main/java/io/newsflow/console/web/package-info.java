/** The console page itself; its script and styles are static files under {@code static/console/}. */
package io.newsflow.console.web;
