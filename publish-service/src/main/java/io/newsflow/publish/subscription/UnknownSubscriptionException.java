package io.newsflow.publish.subscription;

/** No subscription with the given id. */
public class UnknownSubscriptionException extends RuntimeException {

    public UnknownSubscriptionException(String id) {
        super("No subscription with id " + id + ".");
    }
}
