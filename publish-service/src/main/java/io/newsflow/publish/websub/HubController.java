package io.newsflow.publish.websub;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /websub} with a form body ({@code hub.mode}, {@code hub.callback}, {@code hub.topic}, optional
 * {@code hub.secret} and {@code hub.lease_seconds}): 202 Accepted, then verification of intent at the callback.
 */
@RestController
class HubController {

    private final Hub hub;

    HubController(Hub hub) {
        this.hub = hub;
    }

    @PostMapping(path = "/websub", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> request(HttpServletRequest request) {
        hub.request(request.getParameter("hub.mode"), request.getParameter("hub.callback"),
                request.getParameter("hub.topic"), request.getParameter("hub.secret"),
                request.getParameter("hub.lease_seconds"));
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler(BadHubRequestException.class)
    ProblemDetail bad(BadHubRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Hub request not acceptable");
        return problem;
    }
}
