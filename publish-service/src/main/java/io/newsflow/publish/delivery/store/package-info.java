/** MongoDB adapters of the delivery queue and the attempt log. */
package io.newsflow.publish.delivery.store;
