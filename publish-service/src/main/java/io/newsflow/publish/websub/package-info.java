/** WebSub hub (W3C Recommendation) for this service's feeds: verified subscriptions with leases, denials, signed content distribution retried from MongoDB. */
package io.newsflow.publish.websub;
