/** Dead letters: list what failed and why, replay a message to its source topic, or discard it for good. */
package io.newsflow.console.deadletter;
