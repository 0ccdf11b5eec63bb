package io.newsflow.publish.delivery.api;

import io.newsflow.publish.delivery.Attempt;
import io.newsflow.publish.delivery.AttemptLog;
import io.newsflow.publish.delivery.Deliveries;
import io.newsflow.publish.delivery.QueuedDelivery;
import io.newsflow.publish.subscription.BadSubscriptionException;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionService;
import io.newsflow.publish.subscription.UnknownSubscriptionException;
import io.newsflow.support.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's deliveries: attempts, recovery, and the cursor pull API. {@code GET .../events} answers
 * {@code {"events": [{"cursor": 7, "id": "msg_..", "type": "article.published", "articleId": "..",
 * "contentType": "application/json", "payload": {...} | "<entry .../>"}], "next": 7}}.
 */
@Tag(name = "Deliveries", description = "A subscription's attempts, recovery, and the cursor pull API; admin token.")
@RestController
@RequestMapping("/api/subscriptions/{id}")
class DeliveryController {

    static final int MAX_LIMIT = 500;
    private static final String LIMIT = "How many, 1 to " + MAX_LIMIT + ".";

    private final SubscriptionService service;
    private final Deliveries deliveries;
    private final AttemptLog attempts;
    private final JsonMapper json;

    DeliveryController(SubscriptionService service, Deliveries deliveries, AttemptLog attempts, JsonMapper json) {
        this.service = service;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.json = json;
    }

    @Operation(summary = "The latest delivery attempts, newest first", description = "Each with its webhook-id, seq "
            + "(the cursor), attempt number, status, error, latency and the start of the receiver's answer.")
    @ApiResponse(responseCode = "200", description = "The attempts.")
    @ApiResponse(responseCode = "400", description = LIMIT)
    @ApiResponse(responseCode = "404", description = SubscriptionController.UNKNOWN)
    @GetMapping("/attempts")
    List<Attempt> attempts(@Parameter(description = SubscriptionController.ID) @PathVariable String id,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "50") int limit) {
        service.get(id);
        return attempts.recent(id, bounded(limit));
    }

    @Operation(summary = "Recover given-up deliveries since a time", description = "The messages queued since then "
            + "that were given up on are sent again, once each, under their original webhook-id and body (Svix's "
            + "recover); delivered messages are not sent again. Answers {\"requeued\": n}.")
    @ApiResponse(responseCode = "200", description = "How many given-up messages were queued again.")
    @ApiResponse(responseCode = "400", description = "'since' is not an ISO-8601 instant.")
    @ApiResponse(responseCode = "404", description = SubscriptionController.UNKNOWN)
    @PostMapping("/recover")
    Map<String, Object> recover(@Parameter(description = SubscriptionController.ID) @PathVariable String id,
            @Parameter(description = "An ISO-8601 instant such as 2026-01-31T08:00:00Z.") @RequestParam String since) {
        Subscription subscription = service.get(id);
        Instant from;
        try {
            from = Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadSubscriptionException("'since' must be an ISO-8601 instant such as 2026-01-31T08:00:00Z.");
        }
        return Map.of("requeued", deliveries.recover(subscription, from));
    }

    @Operation(summary = "Pull: the events after a cursor", description = "Without 'after', from the acknowledged "
            + "cursor. Answers {\"events\": [{\"cursor\", \"id\", \"type\", \"articleId\", \"contentType\", "
            + "\"payload\"}], \"next\": <the last cursor>}; acknowledge with POST .../ack.")
    @ApiResponse(responseCode = "200", description = "A page of events and the cursor to acknowledge.")
    @ApiResponse(responseCode = "400", description = LIMIT)
    @ApiResponse(responseCode = "404", description = SubscriptionController.UNKNOWN)
    @GetMapping("/events")
    Map<String, Object> events(@Parameter(description = SubscriptionController.ID) @PathVariable String id,
            @Parameter(description = "A cursor from an earlier event; from the acknowledged one when absent, so an "
                    + "older cursor replays.") @RequestParam(required = false) Long after,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "100") int limit) {
        service.get(id);
        List<Map<String, Object>> events = deliveries.events(id, after, bounded(limit)).stream().map(this::event).toList();
        Object next = events.isEmpty() ? after : events.get(events.size() - 1).get("cursor");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("events", events);
        page.put("next", next);
        return page;
    }

    /** Body {@code {"cursor": 7}}: everything up to and including 7 was processed. */
    @Operation(summary = "Pull: acknowledge up to a cursor", description = "Everything up to and including the "
            + "cursor was processed; the next GET .../events starts after it. Answers {\"acked\": <cursor>}.")
    @ApiResponse(responseCode = "200", description = "The acknowledged cursor.")
    @ApiResponse(responseCode = "400", description = "The body is not {\"cursor\": <number>}.")
    @ApiResponse(responseCode = "404", description = SubscriptionController.UNKNOWN)
    @PostMapping("/ack")
    Map<String, Object> ack(@Parameter(description = SubscriptionController.ID) @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(example = "{\"cursor\": 7}")))
            @RequestBody Map<String, Object> body) {
        service.get(id);
        if (!(body.get("cursor") instanceof Number cursor) || cursor.longValue() < 0) {
            throw new BadSubscriptionException("Send {\"cursor\": <number from an event>}.");
        }
        deliveries.acknowledge(id, cursor.longValue());
        return Map.of("acked", deliveries.position(id).acked());
    }

    private Map<String, Object> event(QueuedDelivery d) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("cursor", d.seq());
        event.put("id", d.webhookId());
        event.put("type", d.type());
        event.put("articleId", d.articleId());
        event.put("contentType", d.contentType());
        event.put("payload", d.contentType().contains("json") ? json.readTree(d.body()) : d.body());
        return event;
    }

    private static int bounded(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadSubscriptionException("'limit' must be from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    @ExceptionHandler(BadSubscriptionException.class)
    ProblemDetail bad(BadSubscriptionException e) {
        return Problems.of(HttpStatus.BAD_REQUEST).detail(e.getMessage()).build();
    }

    @ExceptionHandler(UnknownSubscriptionException.class)
    ProblemDetail unknown(UnknownSubscriptionException e) {
        return Problems.of(HttpStatus.NOT_FOUND).detail(e.getMessage()).build();
    }
}
