package io.newsflow.console.deadletter;

import io.newsflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The dead letter named in a request is not on a DLT topic, or was replayed or discarded already: 404. */
class UnknownDeadLetterException extends ErrorResponseException {

    UnknownDeadLetterException(String id) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND).detail("No open dead letter " + id
                + "; it may have been replayed or discarded already. Reload the list.").build(), null);
    }
}
