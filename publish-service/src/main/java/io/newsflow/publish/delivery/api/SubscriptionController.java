package io.newsflow.publish.delivery.api;

import io.newsflow.publish.delivery.Deliveries;
import io.newsflow.publish.subscription.BadSubscriptionException;
import io.newsflow.publish.subscription.PayloadFormat;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionFilter;
import io.newsflow.publish.subscription.SubscriptionService;
import io.newsflow.publish.subscription.UnknownSubscriptionException;
import io.newsflow.support.json.UnknownFields;
import io.newsflow.support.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/** Admin API of subscriptions (behind the admin token); shapes in {@link SubscriptionRequest} and {@link SubscriptionView}. */
@Tag(name = "Subscriptions", description = "Webhook (push) and pull subscriptions; admin token.")
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

    static final String ID = "The subscription id (sub_...).";
    static final String UNKNOWN = "No subscription with this id.";

    private final SubscriptionService service;
    private final Deliveries deliveries;

    SubscriptionController(SubscriptionService service, Deliveries deliveries) {
        this.service = service;
        this.deliveries = deliveries;
    }

    @Operation(summary = "Subscribe a webhook, or open a pull subscription", description = "With a callback: "
            + "every matching article is POSTed there, signed as Standard Webhooks (webhook-id, webhook-timestamp, "
            + "webhook-signature). Without one: a pull subscription read with GET /api/subscriptions/{id}/events. "
            + "The secrets are shown in full only in this answer. Unknown fields are refused with 400 naming them.")
    @ApiResponse(responseCode = "201", description = "Created; the view with its secrets in full.")
    @ApiResponse(responseCode = "400", description = "An unknown field, a callback to a private or loopback address, "
            + "a bad format, filter or secret.")
    @PostMapping
    ResponseEntity<SubscriptionView> create(@RequestBody SubscriptionRequest request) {
        SubscriptionRequest.Filters f = request.filters();
        SubscriptionFilter filter = f == null ? SubscriptionFilter.ALL
                : new SubscriptionFilter(f.categories(), f.keywords(), f.sources(), f.language());
        Subscription created = service.create(request.callback(), filter, PayloadFormat.parse(request.format()),
                request.secrets());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(created, true));
    }

    @Operation(summary = "Every subscription with its health")
    @ApiResponse(responseCode = "200", description = "The subscriptions, secrets shortened.")
    @GetMapping
    List<SubscriptionView> list() {
        return service.all().stream().map(this::view).toList();
    }

    @Operation(summary = "One subscription with its health and queue depth")
    @ApiResponse(responseCode = "200", description = "The subscription, secrets shortened.")
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @GetMapping("/{id}")
    SubscriptionView get(@Parameter(description = ID) @PathVariable String id) {
        return view(service.get(id));
    }

    @Operation(summary = "Pause pushes", description = "Articles keep queueing; nothing is sent until resumed.")
    @ApiResponse(responseCode = "200", description = "The paused subscription.")
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @PostMapping("/{id}/pause")
    SubscriptionView pause(@Parameter(description = ID) @PathVariable String id) {
        return view(service.pause(id));
    }

    @Operation(summary = "Resume pushes", description = "Also re-enables a subscription disabled after failing too "
            + "long; the queue is sent in order.")
    @ApiResponse(responseCode = "200", description = "The active subscription.")
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @PostMapping("/{id}/resume")
    SubscriptionView resume(@Parameter(description = ID) @PathVariable String id) {
        Subscription resumed = service.resume(id);
        deliveries.wake(id);
        return view(resumed);
    }

    @Operation(summary = "Delete a subscription and its queue")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@Parameter(description = ID) @PathVariable String id) {
        service.delete(id);
        deliveries.forget(id);
        return ResponseEntity.noContent().build();
    }

    /** Body {@code {"secret": "whsec_..."}} or empty to have one generated. */
    @Operation(summary = "Add a signing secret (rotation)", description = "Pushes are signed with every secret "
            + "until the old one is removed, so receivers can switch without losing a push. Body {\"secret\": "
            + "\"whsec_<base64 key>\"} or none to have one generated; shown in full only in this answer.")
    @ApiResponse(responseCode = "200", description = "The subscription with its secrets in full.")
    @ApiResponse(responseCode = "400", description = "Not a whsec_ secret of a 24 to 64 byte key.")
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @PostMapping("/{id}/secrets")
    SubscriptionView addSecret(@Parameter(description = ID) @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    schema = @Schema(example = "{\"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}")))
            @RequestBody(required = false) Map<String, String> body) {
        return view(service.addSecret(id, body == null ? null : body.get("secret")), true);
    }

    @Operation(summary = "Remove a signing secret", description = "The last secret cannot be removed.")
    @ApiResponse(responseCode = "200", description = "The subscription without that secret.")
    @ApiResponse(responseCode = "400", description = "No such secret, or the last one.")
    @ApiResponse(responseCode = "404", description = UNKNOWN)
    @DeleteMapping("/{id}/secrets/{n}")
    SubscriptionView removeSecret(@Parameter(description = ID) @PathVariable String id,
            @Parameter(description = "The secret's position in 'secrets', from 0.") @PathVariable int n) {
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
        return Problems.of(HttpStatus.BAD_REQUEST).title("Subscription not acceptable").detail(e.getMessage()).build();
    }

    /** A body that is not a subscription: the field nobody knows is named, or what the JSON parser says. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String reason = e.getMostSpecificCause() instanceof JacksonException json ? json.getOriginalMessage() : null;
        reason = reason == null || reason.isBlank() ? "it is empty or unreadable"
                : reason.substring(0, Math.min(reason.length(), 200));
        String detail = UnknownFields.describe(e).map(u -> "The subscription has an " + u + "; see /v3/api-docs for "
                + "its fields.").orElse("The body is not a JSON subscription: " + reason + ".");
        return Problems.of(HttpStatus.BAD_REQUEST).title("Subscription not acceptable").detail(detail).build();
    }

    @ExceptionHandler(UnknownSubscriptionException.class)
    ProblemDetail unknown(UnknownSubscriptionException e) {
        return Problems.of(HttpStatus.NOT_FOUND).title("Unknown subscription").detail(e.getMessage()).build();
    }
}
