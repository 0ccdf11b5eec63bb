package io.newsflow.publish.websub;

/** A hub request that is answered 400; the message says what to change. */
class BadHubRequestException extends RuntimeException {

    BadHubRequestException(String message) {
        super(message);
    }
}
