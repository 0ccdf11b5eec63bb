package io.newsflow.publish.feed;

/** A feed URL or parameter that cannot be served; answered 400 with the reason. */
class BadFeedRequestException extends RuntimeException {

    BadFeedRequestException(String message) {
        super(message);
    }
}
