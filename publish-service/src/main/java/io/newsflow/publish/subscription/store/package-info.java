/** MongoDB adapter of the subscription store. */
package io.newsflow.publish.subscription.store;
