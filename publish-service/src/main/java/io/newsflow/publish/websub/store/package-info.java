/** MongoDB adapters of hub subscriptions and of failed content distributions awaiting retry. */
package io.newsflow.publish.websub.store;
