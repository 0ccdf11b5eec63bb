/** The operator console service: live topic tails, consumer lag, latency and dead-letter replay for operators. */
package io.newsflow.console;
