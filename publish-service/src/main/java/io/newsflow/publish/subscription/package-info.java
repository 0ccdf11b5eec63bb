/** Partner subscriptions: what they want (filters, format), where it goes, how their endpoint is doing. */
package io.newsflow.publish.subscription;
