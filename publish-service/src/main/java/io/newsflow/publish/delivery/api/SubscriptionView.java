package io.newsflow.publish.delivery.api;

import io.newsflow.publish.delivery.DeliveryQueue;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionFilter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A subscription as the API shows it:
 * <pre>
 * {"id": "sub_...", "mode": "push" | "pull", "callback": "https://..." | null, "format": "article",
 *  "filters": {...}, "secrets": ["whsec_..."], "createdAt": "...",   // secrets in full only when created
 *  "health": {"state": "ACTIVE" | "PAUSED" | "DISABLED", "queueDepth": 0, "lastAttemptAt": "...",
 *             "consecutiveFailures": 0, "failingSince": null, "disabledReason": null, "ackedCursor": 0}}
 * </pre>
 */
record SubscriptionView(String id, String mode, String callback, String format, SubscriptionFilter filters,
        List<String> secrets, Instant createdAt, Health health) {

    record Health(Subscription.State state, long queueDepth, Instant lastAttemptAt, int consecutiveFailures,
            Instant failingSince, String disabledReason, long ackedCursor) {
    }

    /** Secrets in full only where they are created; elsewhere their first characters, enough to tell them apart. */
    static SubscriptionView of(Subscription s, DeliveryQueue.Position position, boolean revealSecrets) {
        Subscription.Health h = s.health();
        long depth = s.mode() == Subscription.Mode.PULL ? Math.max(0, position.last() - position.acked())
                : position.depth();
        List<String> secrets = revealSecrets ? s.secrets()
                : s.secrets().stream().map(secret -> secret.substring(0, 10) + "…").toList();
        return new SubscriptionView(s.id(), s.mode().name().toLowerCase(Locale.ROOT), s.callback(), s.format().wire(),
                s.filter(), secrets, s.createdAt(), new Health(h.state(), depth, h.lastAttemptAt(),
                        h.consecutiveFailures(), h.failingSince(), h.disabledReason(), position.acked()));
    }
}
