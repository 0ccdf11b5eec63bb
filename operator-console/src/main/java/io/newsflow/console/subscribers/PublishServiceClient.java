package io.newsflow.console.subscribers;

import io.newsflow.console.ConsoleProperties;
import io.newsflow.console.security.AdminToken;
import io.newsflow.model.EventCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Asks publish-service for {@code GET /api/subscriptions} with the shared admin token. Anything but a JSON list
 * means the push side is not there (yet): the console says so instead of failing.
 */
@Component
class PublishServiceClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI subscriptions;
    private final AdminToken token;

    PublishServiceClient(ConsoleProperties properties, AdminToken token) {
        this.subscriptions = URI.create(properties.publishUrl().replaceAll("/+$", "") + "/api/subscriptions");
        this.token = token;
    }

    SubscriberHealth health() {
        HttpRequest request = HttpRequest.newBuilder(subscriptions).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token.value()).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return SubscriberHealth.unavailable("publish-service answered " + response.statusCode());
            }
            JsonNode body = EventCodec.mapper().readTree(response.body());
            JsonNode list = body.isArray() ? body : body.path("subscriptions");
            if (!list.isArray()) {
                return SubscriberHealth.unavailable("publish-service sent no subscription list");
            }
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(EventCodec.mapper().treeToValue(item, Object.class)));
            return new SubscriberHealth(true, "from " + subscriptions, items);
        } catch (IOException | JacksonException e) {
            return SubscriberHealth.unavailable("publish-service unreachable at " + subscriptions);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SubscriberHealth.unavailable("interrupted");
        }
    }
}
