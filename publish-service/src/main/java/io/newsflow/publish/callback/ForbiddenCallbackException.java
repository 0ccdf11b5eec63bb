package io.newsflow.publish.callback;

/** A callback URL that may not be called; the message says why. */
public class ForbiddenCallbackException extends RuntimeException {

    public ForbiddenCallbackException(String message) {
        super(message);
    }
}
