package io.newsflow.ingest.source.poll;

import java.io.IOException;

/**
 * A fetch ingest will not make or continue: a non-public address, a redirect to something other than http(s), or
 * too many redirects. Asking again gets the same answer, so a page refused this way is not retried.
 */
final class RefusedFetchException extends IOException {

    private static final long serialVersionUID = 1L;

    RefusedFetchException(String message) {
        super(message);
    }
}
