/** MongoDB record of replayed and discarded dead letters, so they are not offered again. */
package io.newsflow.console.deadletter.store;
