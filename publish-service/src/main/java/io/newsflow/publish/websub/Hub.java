package io.newsflow.publish.websub;

import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.delivery.CallbackClient;
import io.newsflow.publish.delivery.PushProperties;
import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.callback.ForbiddenCallbackException;
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
 * {@code hub.challenge} with a 2xx, otherwise nothing changes. Re-subscribing renews the lease.
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
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService verifier = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "websub-verify");
        thread.setDaemon(true);
        return thread;
    });

    Hub(WebSubStore store, CallbackGuard guard, CallbackClient client, PublishProperties publish, PushProperties push) {
        this.store = store;
        this.guard = guard;
        this.client = client;
        this.publish = publish;
        this.push = push;
    }

    /** Validates the request (400 on failure) and schedules the verification; the caller answers 202. */
    void request(String mode, String callback, String topicUrl, String secret, String leaseSeconds) {
        if (!"subscribe".equals(mode) && !"unsubscribe".equals(mode)) {
            throw new BadHubRequestException("hub.mode must be subscribe or unsubscribe.");
        }
        try {
            guard.check(callback);
        } catch (ForbiddenCallbackException e) {
            throw new BadHubRequestException("hub.callback: " + e.getMessage());
        }
        Topic topic = Topic.parse(topicUrl, publish.publicBaseUrl());
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length >= MAX_SECRET_BYTES) {
            throw new BadHubRequestException("hub.secret must be shorter than " + MAX_SECRET_BYTES + " bytes.");
        }
        long lease = lease(leaseSeconds);
        String usedSecret = secret == null || secret.isEmpty() ? null : secret;
        verifier.execute(() -> verify(mode, callback, topic, usedSecret, lease));
    }

    private void verify(String mode, String callback, Topic topic, String secret, long lease) {
        String challenge = UUID.randomUUID().toString();
        String url = callback + (callback.contains("?") ? "&" : "?") + "hub.mode=" + mode + "&hub.topic="
                + enc(topic.url()) + "&hub.challenge=" + challenge
                + (mode.equals("subscribe") ? "&hub.lease_seconds=" + lease : "");
        CallbackClient.Outcome outcome = client.get(url);
        if (!outcome.ok() || !outcome.excerpt().strip().equals(challenge)) {
            log.info("websub {} of {} to {} not verified: {}", mode, callback, topic.url(),
                    outcome.status() == 0 ? outcome.error() : "HTTP " + outcome.status() + " without the challenge");
            return;
        }
        if (mode.equals("subscribe")) {
            Instant now = clock.instant();
            store.save(new WebSubSubscription(callback, topic.url(), secret, lease, now.plusSeconds(lease)));
        } else {
            store.delete(callback, topic.url());
        }
    }

    private long lease(String requested) {
        long max = push.maxLease().toSeconds();
        if (requested == null || requested.isBlank()) {
            return Math.min(push.defaultLease().toSeconds(), max);
        }
        try {
            return Math.max(1, Math.min(Long.parseLong(requested.strip()), max));
        } catch (NumberFormatException e) {
            throw new BadHubRequestException("hub.lease_seconds must be a whole number of seconds.");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @PreDestroy
    void stop() {
        verifier.shutdownNow();
    }
}
