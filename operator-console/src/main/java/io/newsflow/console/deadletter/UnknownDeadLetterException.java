package io.newsflow.console.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.ProblemDetail;

/** The dead letter named in a request is not on a DLT topic, or was replayed or discarded already: 404. */
class UnknownDeadLetterException extends ErrorResponseException {

    UnknownDeadLetterException(String id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No open dead letter " + id + "; it may have been replayed or discarded already. Reload the list."),
                null);
    }
}
