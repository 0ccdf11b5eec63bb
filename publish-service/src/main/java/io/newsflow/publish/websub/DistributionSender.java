package io.newsflow.publish.websub;

import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.delivery.CallbackClient;
import io.newsflow.publish.delivery.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One content distribution request (WebSub §7): a POST of the topic document to the callback, its query string
 * kept, with the topic's content type, one {@code Link} header naming the hub and the topic ({@code rel="self"})
 * and, when the subscriber gave a secret, {@code X-Hub-Signature: sha256=<hex HMAC of the body>} (§7.1).
 * {@code X-Hub-Signature-256} carries the same value: subscribers that were written against this hub's earlier
 * GitHub-style header keep verifying while they move to the Recommendation's one.
 */
@Component
class DistributionSender {

    static final String SIGNATURE = "x-hub-signature";
    static final String LEGACY_SIGNATURE = "x-hub-signature-256";

    private final CallbackClient client;
    private final String hubUrl;

    DistributionSender(CallbackClient client, PublishProperties publish) {
        this.client = client;
        this.hubUrl = publish.hubUrl();
    }

    CallbackClient.Outcome send(WebSubSubscription subscription, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.put("link", "<" + hubUrl + ">; rel=\"hub\", <" + subscription.topic() + ">; rel=\"self\"");
        if (subscription.secret() != null) {
            String signature = signature(subscription.secret(), body);
            headers.put(SIGNATURE, signature);
            headers.put(LEGACY_SIGNATURE, signature);
        }
        return client.post(subscription.callback(), headers, body);
    }

    static String signature(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(WebhookSigner.hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    static String describe(CallbackClient.Outcome outcome) {
        return outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status();
    }
}
