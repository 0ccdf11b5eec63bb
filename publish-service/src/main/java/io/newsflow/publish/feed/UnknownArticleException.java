package io.newsflow.publish.feed;

/** The feed names an article this service does not have; answered 404. */
class UnknownArticleException extends RuntimeException {

    UnknownArticleException(String message) {
        super(message);
    }
}
