/** Consumer lag per group and partition and messages per second per topic, sampled with the Kafka Admin client. */
package io.newsflow.console.lag;
