/** Subscriber health from publish-service's push side, shown when publish-service offers it. */
package io.newsflow.console.subscribers;
