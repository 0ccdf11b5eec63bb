package io.newsflow.publish.subscription;

/** A subscription request that cannot be accepted; the message says what to change. */
public class BadSubscriptionException extends RuntimeException {

    public BadSubscriptionException(String message) {
        super(message);
    }
}
