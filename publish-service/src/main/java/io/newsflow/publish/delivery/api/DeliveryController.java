package io.newsflow.publish.delivery.api;

import io.newsflow.publish.delivery.AttemptLog;
import io.newsflow.publish.delivery.Deliveries;
import io.newsflow.publish.delivery.QueuedDelivery;
import io.newsflow.publish.subscription.BadSubscriptionException;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionService;
import io.newsflow.publish.subscription.UnknownSubscriptionException;
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
@RestController
@RequestMapping("/api/subscriptions/{id}")
class DeliveryController {

    static final int MAX_LIMIT = 500;

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

    @GetMapping("/attempts")
    Object attempts(@PathVariable String id, @RequestParam(defaultValue = "50") int limit) {
        service.get(id);
        return attempts.recent(id, bounded(limit));
    }

    @PostMapping("/recover")
    Map<String, Object> recover(@PathVariable String id, @RequestParam String since) {
        Subscription subscription = service.get(id);
        Instant from;
        try {
            from = Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadSubscriptionException("'since' must be an ISO-8601 instant such as 2026-01-31T08:00:00Z.");
        }
        return Map.of("requeued", deliveries.recover(subscription, from));
    }

    @GetMapping("/events")
    Map<String, Object> events(@PathVariable String id, @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "100") int limit) {
        service.get(id);
        List<Map<String, Object>> events = deliveries.events(id, after, bounded(limit)).stream().map(this::event).toList();
        Object next = events.isEmpty() ? after : events.get(events.size() - 1).get("cursor");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("events", events);
        page.put("next", next);
        return page;
    }

    /** Body {@code {"cursor": 7}}: everything up to and including 7 was processed. */
    @PostMapping("/ack")
    Map<String, Object> ack(@PathVariable String id, @RequestBody Map<String, Object> body) {
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
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(UnknownSubscriptionException.class)
    ProblemDetail unknown(UnknownSubscriptionException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
