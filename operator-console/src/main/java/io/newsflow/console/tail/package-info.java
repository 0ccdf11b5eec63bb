/** Live tails of the pipeline topics, streamed to browsers with server-sent events. */
package io.newsflow.console.tail;
