package io.newsflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Page posted → visible in {@code /feeds/latest} → webhook received, for pages offered at a steady rate or as fast
 * as ingest takes them.
 */
final class EndToEnd {

    /** What one rate gave. */
    record Result(String label, double offeredPerSecond, int posted, int accepted, int inFeed, int pushed,
            Percentiles toFeed, Percentiles toWebhook, double throughputPerSecond, boolean sustained) {
    }

    private record Posted(String id, long postedNanos) {
    }

    private final Ingest ingest;
    private final Pages pages;
    private final FeedWatcher feed;
    private final WebhookReceiver webhooks;
    private final AtomicInteger counter = new AtomicInteger();
    private final int subscribers;

    EndToEnd(Ingest ingest, Pages pages, FeedWatcher feed, WebhookReceiver webhooks) {
        this(ingest, pages, feed, webhooks, 1);
    }

    /** With {@code subscribers} subscriptions to the receiver: an article is pushed once all of them got it. */
    EndToEnd(Ingest ingest, Pages pages, FeedWatcher feed, WebhookReceiver webhooks, int subscribers) {
        this.subscribers = subscribers;
        this.ingest = ingest;
        this.pages = pages;
        this.feed = feed;
        this.webhooks = webhooks;
    }

    /** Posts {@code rate} pages a second for {@code duration}, then waits for them to come out (at most {@code drain}). */
    Result steady(int rate, Duration duration, Duration drain) throws InterruptedException {
        int total = (int) (rate * duration.toSeconds());
        ConcurrentLinkedQueue<Posted> posted = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long wait = start + i * periodNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            answers.add(postOne(posted));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        return collect(rate + " articles/s", rate, total, new ArrayList<>(posted), drain, true);
    }

    /** Posts {@code total} pages with {@code clients} in flight at a time: the highest rate the pipeline sustains. */
    Result saturated(int total, int clients, Duration drain) throws InterruptedException {
        ConcurrentLinkedQueue<Posted> posted = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(clients);
        List<CompletableFuture<?>> answers = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            inFlight.acquire();
            answers.add(postOne(posted).whenComplete((ok, error) -> inFlight.release()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        return collect("as fast as ingest takes them", Double.NaN, total, new ArrayList<>(posted), drain, false);
    }

    private CompletableFuture<Void> postOne(ConcurrentLinkedQueue<Posted> posted) {
        Pages.Page page = pages.next(counter.incrementAndGet());
        long t0 = System.nanoTime();
        return ingest.post(page).thenAccept(answer -> {
            if (answer.status() == 202 && answer.id() != null) {
                posted.add(new Posted(answer.id(), t0));
            }
        });
    }

    private Result collect(String label, double offered, int total, List<Posted> posted, Duration drain,
            boolean steady) throws InterruptedException {
        long deadline = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < deadline && !allPushed(posted)) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        // the feed shows an article at about the time it is pushed; near-duplicates it never shows
        long grace = Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(3));
        while (System.nanoTime() < grace && !posted.stream().allMatch(p -> feed.firstSeen(p.id()) != null)) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        posted.sort((a, b) -> Long.compare(a.postedNanos(), b.postedNanos()));
        List<Double> toFeed = new ArrayList<>();
        List<Double> toWebhook = new ArrayList<>();
        long first = posted.isEmpty() ? 0 : posted.get(0).postedNanos();
        long last = first;
        for (Posted p : posted) {
            Long seen = feed.firstSeen(p.id());
            if (seen != null) {
                toFeed.add((seen - p.postedNanos()) / 1e6);
            }
            Long pushed = webhooks.arrival(p.id(), subscribers);
            if (pushed != null) {
                toWebhook.add((pushed - p.postedNanos()) / 1e6);
                last = Math.max(last, pushed);
            }
        }
        // every article is pushed (the feed folds near-duplicates into their original): the rate out of the pipeline
        double throughput = last > first ? toWebhook.size() / ((last - first) / 1e9) : Double.NaN;
        boolean sustained = steady && toWebhook.size() == posted.size() && posted.size() == total && !growing(posted);
        return new Result(label, offered, total, posted.size(), toFeed.size(), toWebhook.size(),
                Percentiles.ofMillis(toFeed), Percentiles.ofMillis(toWebhook), throughput, sustained);
    }

    private boolean allPushed(List<Posted> posted) {
        return posted.stream().allMatch(p -> webhooks.arrival(p.id(), subscribers) != null);
    }

    /**
     * A rate is not sustained when articles wait longer and longer: the median time to the webhook of the last
     * fifth is more than twice that of the first fifth (and more than a second above it).
     */
    private boolean growing(List<Posted> posted) {
        int fifth = posted.size() / 5;
        if (fifth < 5) {
            return false;
        }
        Percentiles head = Percentiles.ofMillis(latencies(posted.subList(0, fifth)));
        Percentiles tail = Percentiles.ofMillis(latencies(posted.subList(posted.size() - fifth, posted.size())));
        return tail.p50() > 2 * head.p50() && tail.p50() - head.p50() > 1000;
    }

    private List<Double> latencies(List<Posted> posted) {
        List<Double> values = new ArrayList<>();
        for (Posted p : posted) {
            Long pushed = webhooks.arrival(p.id(), subscribers);
            values.add(pushed == null ? Double.MAX_VALUE : (pushed - p.postedNanos()) / 1e6);
        }
        return values;
    }
}
