package io.newsflow.publish.subscription;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the subscription list, under {@code newsflow.publish.subscriptions}.
 *
 * @param refreshInterval how old the list in memory may grow, between fan-outs, before other instances' changes are
 *     read in
 */
@ConfigurationProperties("newsflow.publish.subscriptions")
record SubscriptionProperties(@DefaultValue("5s") Duration refreshInterval) {
}
