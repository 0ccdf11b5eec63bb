package io.newsflow.publish.subscription;

import java.time.Instant;
import java.util.List;

/**
 * A partner's standing order for articles: pushed as webhooks to {@code callback} ({@link Mode#PUSH}) or pulled
 * with a cursor ({@link Mode#PULL}, no callback).
 *
 * @param secrets {@code whsec_...} signing secrets; during rotation more than one is active and each signs
 */
public record Subscription(String id, Mode mode, String callback, SubscriptionFilter filter, PayloadFormat format,
        List<String> secrets, Health health, Instant createdAt) {

    public Subscription {
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        filter = filter == null ? SubscriptionFilter.ALL : filter;
        format = format == null ? PayloadFormat.ARTICLE : format;
    }

    public Subscription withSecrets(List<String> changed) {
        return new Subscription(id, mode, callback, filter, format, changed, health, createdAt);
    }

    public Subscription withHealth(Health changed) {
        return new Subscription(id, mode, callback, filter, format, secrets, changed, createdAt);
    }

    public boolean pushes() {
        return mode == Mode.PUSH && health.state() == State.ACTIVE;
    }

    /** How articles reach the subscriber. */
    public enum Mode {
        PUSH, PULL
    }

    /** ACTIVE delivers; PAUSED keeps queueing without delivering; DISABLED was stopped by the service. */
    public enum State {
        ACTIVE, PAUSED, DISABLED
    }

    /** How the endpoint has been doing; {@code failingSince} is the first failure after the last success. */
    public record Health(State state, Instant lastAttemptAt, int consecutiveFailures, Instant failingSince,
            String disabledReason) {

        public static Health active() {
            return new Health(State.ACTIVE, null, 0, null, null);
        }
    }
}
