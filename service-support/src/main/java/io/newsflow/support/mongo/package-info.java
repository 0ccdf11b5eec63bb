/** What the services' MongoDB clients cost: a count of the commands they send, by command. */
package io.newsflow.support.mongo;
