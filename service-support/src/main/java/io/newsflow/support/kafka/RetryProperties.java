package io.newsflow.support.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a listener retries a failing record before {@link DeadLetterErrorHandler} sends it to the dead-letter
 * topic, under {@code newsflow.retry}.
 *
 * @param attempts retries after the first failure
 * @param initialIntervalMs wait before the first retry; each further one waits twice as long, at most 10 s
 */
@ConfigurationProperties("newsflow.retry")
public record RetryProperties(@DefaultValue("4") int attempts, @DefaultValue("500") long initialIntervalMs) {
}
