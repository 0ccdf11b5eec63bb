/** MongoDB adapter of hub subscriptions. */
package io.newsflow.publish.websub.store;
