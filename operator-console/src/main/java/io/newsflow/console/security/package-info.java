/** Admin login for the console: a bearer token for API clients, an HttpOnly session cookie for browsers. */
package io.newsflow.console.security;
