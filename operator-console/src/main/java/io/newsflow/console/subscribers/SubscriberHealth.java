package io.newsflow.console.subscribers;

import java.util.List;

/**
 * What the console knows about push subscribers.
 *
 * @param available false when publish-service has no subscription API (404) or cannot be reached
 * @param message for people: why nothing is shown, or where the data came from
 * @param subscriptions the JSON objects publish-service returned, as they came
 */
record SubscriberHealth(boolean available, String message, List<Object> subscriptions) {

    SubscriberHealth {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }

    static SubscriberHealth unavailable(String why) {
        return new SubscriberHealth(false, "push side not available: " + why, List.of());
    }
}
