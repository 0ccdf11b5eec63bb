package io.newsflow.publish.websub;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.publish.delivery.CallbackClient;
import io.newsflow.publish.delivery.PushProperties;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What becomes of a distribution attempt, and the retries of failed ones (WebSub §7 leaves their limits to the
 * hub): a failure is stored with its attempt count and next attempt time, retried with exponential backoff by
 * whichever instance claims it first, and given up after {@code retry-attempts} attempts or {@code retry-max-age}.
 * A subscription that is gone or expired takes its pending distributions with it; 410 Gone ends the subscription.
 * Counted in {@code newsflow.websub.distributions} by outcome.
 */
@Component
class DistributionRetries {

    static final int CLAIM_BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(DistributionRetries.class);

    private final PendingDistributions pending;
    private final WebSubStore store;
    private final DistributionSender sender;
    private final WebSubProperties properties;
    private final PushProperties push;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String owner = "hub-" + UUID.randomUUID();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "websub-retry");
        thread.setDaemon(true);
        return thread;
    });

    DistributionRetries(PendingDistributions pending, WebSubStore store, DistributionSender sender,
            WebSubProperties properties, PushProperties push, MeterRegistry meters, Clock clock) {
        this.pending = pending;
        this.store = store;
        this.sender = sender;
        this.properties = properties;
        this.push = push;
        this.meters = meters;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        long every = properties.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /**
     * Stores a poll's new distributions before their first attempts, claimed by this instance for as long as an
     * attempt may take (the push lease). The poll is acknowledged only after this, so when the instance dies before
     * an attempt's outcome is stored, the claim runs out and whichever instance sweeps first sends it.
     */
    List<PendingDistribution> hold(List<Distribution> distributions) {
        Instant now = clock.instant();
        List<PendingDistribution> held = distributions.stream().map(d -> new PendingDistribution(
                UUID.randomUUID().toString(), d.subscription().callback(), d.subscription().topic(), d.contentType(),
                d.body(), 0, now, now, null)).toList();
        pending.addClaimed(held, owner, now.plus(push.lease()));
        return held;
    }

    /** The outcome of a first attempt: delivered or gone, the distribution is removed; failed, it is retried. */
    void firstAttempted(PendingDistribution d, WebSubSubscription subscription, CallbackClient.Outcome outcome) {
        if (outcome.ok()) {
            pending.remove(d.id(), owner);
            count("delivered");
        } else if (gone(subscription, outcome)) {
            pending.remove(d.id(), owner);
        } else {
            pending.reschedule(d.id(), owner, 1, clock.instant().plus(properties.backoff(1)),
                    DistributionSender.describe(outcome));
            count("failed");
            log.info("websub distribution to {} failed ({}), retried in {}", subscription.callback(),
                    DistributionSender.describe(outcome), properties.backoff(1));
        }
    }

    /** A distribution of one article's document to one subscription, before it is stored. */
    record Distribution(WebSubSubscription subscription, String contentType, String body) {
    }

    /** Sends every stored distribution that is due and that this instance could claim. */
    void sweep() {
        try {
            List<PendingDistribution> due;
            do {
                Instant now = clock.instant();
                due = pending.claimDue(owner, now, now.plus(push.lease()), CLAIM_BATCH);
                due.forEach(this::retry);
            } while (due.size() == CLAIM_BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            log.warn("websub retry sweep failed, next one in {}: {}", properties.sweepInterval(), e.toString());
        }
    }

    private void retry(PendingDistribution d) {
        Instant now = clock.instant();
        Optional<WebSubSubscription> subscription = store.find(d.callback(), d.topic()).filter(s -> s.activeAt(now));
        if (subscription.isEmpty()) {
            pending.remove(d.id(), owner);
            count("dropped");
            log.info("websub distribution to {} dropped: the subscription to {} ended", d.callback(), d.topic());
            return;
        }
        CallbackClient.Outcome outcome = sender.send(subscription.get(), d.contentType(),
                d.body().getBytes(StandardCharsets.UTF_8));
        int attempts = d.attempts() + 1;
        if (outcome.ok()) {
            pending.remove(d.id(), owner);
            count("delivered");
            log.info("websub distribution to {} delivered at attempt {}", d.callback(), attempts);
        } else if (gone(subscription.get(), outcome)) {
            pending.remove(d.id(), owner);
        } else if (attempts >= properties.retryAttempts()
                || !d.firstAttemptAt().plus(properties.retryMaxAge()).isAfter(now)) {
            pending.remove(d.id(), owner);
            count("given_up");
            log.warn("websub distribution to {} given up after {} attempts since {}: {}", d.callback(), attempts,
                    d.firstAttemptAt(), DistributionSender.describe(outcome));
        } else {
            pending.reschedule(d.id(), owner, attempts, now.plus(properties.backoff(attempts)),
                    DistributionSender.describe(outcome));
            count("failed");
        }
    }

    /** 410 Gone: the subscriber deleted the subscription (§7), so the hub ends it. */
    private boolean gone(WebSubSubscription subscription, CallbackClient.Outcome outcome) {
        if (outcome.status() != 410) {
            return false;
        }
        store.delete(subscription.callback(), subscription.topic());
        count("gone");
        log.info("websub subscription of {} to {} ended: the callback answered 410 Gone", subscription.callback(),
                subscription.topic());
        return true;
    }

    private void count(String outcome) {
        meters.counter("newsflow.websub.distributions", "outcome", outcome).increment();
    }
}
