/** Partner access to feeds and widgets: optional per-partner keys, rate limits and usage counts. */
package io.newsflow.publish.partner;
