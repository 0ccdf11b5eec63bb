/** WebSub hub (W3C Recommendation) for this service's feeds: verified subscriptions with leases, signed content distribution. */
package io.newsflow.publish.websub;
