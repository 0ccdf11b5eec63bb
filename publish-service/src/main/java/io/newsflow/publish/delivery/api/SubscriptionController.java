package io.newsflow.publish.delivery.api;

import io.newsflow.publish.delivery.Deliveries;
import io.newsflow.publish.subscription.BadSubscriptionException;
import io.newsflow.publish.subscription.PayloadFormat;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionFilter;
import io.newsflow.publish.subscription.SubscriptionService;
import io.newsflow.publish.subscription.UnknownSubscriptionException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API of subscriptions (behind the admin token); shapes in {@link SubscriptionRequest} and {@link SubscriptionView}. */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

    private final SubscriptionService service;
    private final Deliveries deliveries;

    SubscriptionController(SubscriptionService service, Deliveries deliveries) {
        this.service = service;
        this.deliveries = deliveries;
    }

    @PostMapping
    ResponseEntity<SubscriptionView> create(@RequestBody SubscriptionRequest request) {
        SubscriptionRequest.Filters f = request.filters();
        SubscriptionFilter filter = f == null ? SubscriptionFilter.ALL
                : new SubscriptionFilter(f.categories(), f.keywords(), f.sources(), f.language());
        Subscription created = service.create(request.callback(), filter, PayloadFormat.parse(request.format()),
                request.secrets());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(created, true));
    }

    @GetMapping
    List<SubscriptionView> list() {
        return service.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView get(@PathVariable String id) {
        return view(service.get(id));
    }

    @PostMapping("/{id}/pause")
    SubscriptionView pause(@PathVariable String id) {
        return view(service.pause(id));
    }

    @PostMapping("/{id}/resume")
    SubscriptionView resume(@PathVariable String id) {
        Subscription resumed = service.resume(id);
        deliveries.wake(id);
        return view(resumed);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        service.delete(id);
        deliveries.forget(id);
        return ResponseEntity.noContent().build();
    }

    /** Body {@code {"secret": "whsec_..."}} or empty to have one generated. */
    @PostMapping("/{id}/secrets")
    SubscriptionView addSecret(@PathVariable String id, @RequestBody(required = false) Map<String, String> body) {
        return view(service.addSecret(id, body == null ? null : body.get("secret")), true);
    }

    @DeleteMapping("/{id}/secrets/{n}")
    SubscriptionView removeSecret(@PathVariable String id, @PathVariable int n) {
        return view(service.removeSecret(id, n));
    }

    SubscriptionView view(Subscription subscription) {
        return view(subscription, false);
    }

    private SubscriptionView view(Subscription subscription, boolean revealSecrets) {
        return SubscriptionView.of(subscription, deliveries.position(subscription.id()), revealSecrets);
    }

    @ExceptionHandler(BadSubscriptionException.class)
    ProblemDetail bad(BadSubscriptionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Subscription not acceptable");
        return problem;
    }

    @ExceptionHandler(UnknownSubscriptionException.class)
    ProblemDetail unknown(UnknownSubscriptionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown subscription");
        return problem;
    }
}
