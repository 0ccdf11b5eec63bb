package io.newsflow.publish.websub;

import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.callback.ForbiddenCallbackException;
import io.newsflow.publish.delivery.CallbackClient;
import io.newsflow.publish.delivery.PushProperties;
import jakarta.annotation.PreDestroy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Accepts (un)subscription requests and verifies intent asynchronously (WebSub §5.3): the callback must echo
 * {@code hub.challenge} with a 2xx, otherwise nothing changes. Re-subscribing renews the lease, which is kept
 * between {@code min-lease} and {@code max-lease}. A subscription this hub refuses by its policy (a topic it does
 * not serve, a callback the guard refuses) is answered 400 and denied at the callback (§5.2): a GET with
 * {@code hub.mode=denied}, {@code hub.topic} and {@code hub.reason}, sent through the same guard as every other
 * request, so a refused address is not called to be told so.
 */
@Service
class Hub {

    static final int MAX_SECRET_BYTES = 200;
    private static final Logger log = LoggerFactory.getLogger(Hub.class);

    private final WebSubStore store;
    private final CallbackGuard guard;
    private final CallbackClient client;
    private final PublishProperties publish;
    private final PushProperties push;
    private final WebSubProperties websub;
    private final Clock clock;
    private final ExecutorService verifier = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "websub-verify");
        thread.setDaemon(true);
        return thread;
    });

    Hub(WebSubStore store, CallbackGuard guard, CallbackClient client, PublishProperties publish, PushProperties push,
            WebSubProperties websub, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.client = client;
        this.publish = publish;
        this.push = push;
        this.websub = websub;
        this.clock = clock;
    }

    /** Validates the request (400 on failure) and schedules the verification; the caller answers 202. */
    void request(String mode, String callback, String topicUrl, String secret, String leaseSeconds) {
        if (!"subscribe".equals(mode) && !"unsubscribe".equals(mode)) {
            throw new BadHubRequestException("hub.mode must be subscribe or unsubscribe.");
        }
        if (callback == null || callback.isBlank() || topicUrl == null || topicUrl.isBlank()) {
            throw new BadHubRequestException("hub.callback and hub.topic are required.");
        }
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length >= MAX_SECRET_BYTES) {
            throw new BadHubRequestException("hub.secret must be shorter than " + MAX_SECRET_BYTES + " bytes.");
        }
        long lease = lease(leaseSeconds);
        Topic topic;
        try {
            topic = Topic.parse(topicUrl, publish.publicBaseUrl());
            guard.check(callback);
        } catch (BadHubRequestException e) {
            throw deny(mode, callback, topicUrl, e.getMessage());
        } catch (ForbiddenCallbackException e) {
            throw deny(mode, callback, topicUrl, "hub.callback: " + e.getMessage());
        }
        String usedSecret = secret == null || secret.isEmpty() ? null : secret;
        verifier.execute(() -> verify(mode, callback, topic, usedSecret, lease));
    }

    /** Tells a subscriber why its subscription is refused (§5.2); the refusal is also the answer to its request. */
    private BadHubRequestException deny(String mode, String callback, String topicUrl, String reason) {
        if (mode.equals("subscribe")) {
            String url = callback + (callback.contains("?") ? "&" : "?") + "hub.mode=denied&hub.topic=" + enc(topicUrl)
                    + "&hub.reason=" + enc(reason);
            verifier.execute(() -> {
                CallbackClient.Outcome outcome = client.get(url);
                log.info("websub subscription of {} to {} denied ({}); telling the callback: {}", callback, topicUrl,
                        reason, outcome.ok() ? "HTTP " + outcome.status() : DistributionSender.describe(outcome));
            });
        }
        return new BadHubRequestException(reason);
    }

    private void verify(String mode, String callback, Topic topic, String secret, long lease) {
        String challenge = UUID.randomUUID().toString();
        String url = callback + (callback.contains("?") ? "&" : "?") + "hub.mode=" + mode + "&hub.topic="
                + enc(topic.url()) + "&hub.challenge=" + challenge
                + (mode.equals("subscribe") ? "&hub.lease_seconds=" + lease : "");
        // the lease runs from the verification request (§5.3)
        Instant sent = clock.instant();
        CallbackClient.Outcome outcome = client.get(url);
        if (!outcome.ok() || !outcome.excerpt().strip().equals(challenge)) {
            log.info("websub {} of {} to {} not verified: {}", mode, callback, topic.url(),
                    outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status() + " without the challenge");
            return;
        }
        if (mode.equals("subscribe")) {
            store.save(new WebSubSubscription(callback, topic.url(), secret, lease, sent.plusSeconds(lease)));
        } else {
            store.delete(callback, topic.url());
        }
    }

    /** The requested lease within [min-lease, max-lease]; the default lease when none is asked for. */
    private long lease(String requested) {
        long max = push.maxLease().toSeconds();
        long min = Math.min(Math.max(1, websub.minLease().toSeconds()), max);
        long asked;
        if (requested == null || requested.isBlank()) {
            asked = push.defaultLease().toSeconds();
        } else {
            try {
                asked = Long.parseLong(requested.strip());
            } catch (NumberFormatException e) {
                throw new BadHubRequestException("hub.lease_seconds must be a whole number of seconds.");
            }
        }
        return Math.max(min, Math.min(asked, max));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @PreDestroy
    void stop() {
        verifier.shutdownNow();
    }
}
