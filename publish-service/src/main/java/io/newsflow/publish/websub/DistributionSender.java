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
    private static final String HEX = "0123456789ABCDEF";

    private final CallbackClient client;
    private final String hubUrl;

    DistributionSender(CallbackClient client, PublishProperties publish) {
        this.client = client;
        this.hubUrl = publish.hubUrl();
    }

    CallbackClient.Outcome send(WebSubSubscription subscription, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.put("link", "<" + ascii(hubUrl) + ">; rel=\"hub\", <" + ascii(subscription.topic()) + ">; rel=\"self\"");
        if (subscription.secret() != null) {
            String signature = signature(subscription.secret(), body);
            headers.put(SIGNATURE, signature);
            headers.put(LEGACY_SIGNATURE, signature);
        }
        return client.post(subscription.callback(), headers, body);
    }

    /**
     * Header values are ASCII: a keyword or category topic in Chinese is percent-encoded there (RFC 8288), as the
     * feeds' own Link headers are; the HTTP client refuses anything else.
     */
    static String ascii(String url) {
        StringBuilder ascii = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"') {
                ascii.append((char) c);
            } else {
                ascii.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return ascii.toString();
    }

    static String signature(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(WebhookSigner.hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    static String describe(CallbackClient.Outcome outcome) {
        return outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status();
    }
}
