package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PollSchedulerTest {

    private static final Duration EVERY = Duration.ofMillis(100);

    private final InMemorySourceStore store = new InMemorySourceStore();
    private final CountingPoller poller = new CountingPoller();
    private SourcePolling polling;
    private PollScheduler scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null && scheduler.isRunning()) {
            scheduler.stop();
        }
    }

    @Test
    void pollsTheActiveSourcesStoredBeforeStartButNotThePausedOnes() {
        store.insert(source("active", SourceState.ACTIVE));
        store.insert(source("paused", SourceState.PAUSED));

        start(true);

        await().atMost(Duration.ofSeconds(5)).until(() -> poller.count("active") >= 3);
        assertThat(poller.count("paused")).isZero();
        assertThat(store.find("active").orElseThrow().lastPollAt()).isNotNull();
        // A poll is counted when it starts and recorded when it ends: between two polls both agree.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(store.find("active").orElseThrow().itemsSeen()).isEqualTo(poller.count("active")));
    }

    @Test
    void stopEndsEveryPoll() {
        store.insert(source("active", SourceState.ACTIVE));
        start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> poller.count("active") >= 1);

        scheduler.stop();

        int atStop = poller.count("active");
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> poller.count("active") <= atStop + 1);
    }

    @Test
    void unscheduledSourceIsNotPolledUntilScheduledAgain() {
        Source source = source("active", SourceState.ACTIVE);
        store.insert(source);
        start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> poller.count("active") >= 1);

        scheduler.unschedule("active");
        int atUnschedule = poller.count("active");
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> poller.count("active") <= atUnschedule + 1);
        scheduler.schedule(source);

        await().atMost(Duration.ofSeconds(5)).until(() -> poller.count("active") >= atUnschedule + 3);
    }

    @Test
    void pollsOnlyOnRequestWhenDisabled() {
        store.insert(source("active", SourceState.ACTIVE));
        start(false);

        scheduler.pollNow("active");

        await().atMost(Duration.ofSeconds(5)).until(() -> poller.count("active") == 1);
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> poller.count("active") == 1);
    }

    @Test
    void requestsDuringARunningPollAreMergedIntoOneMorePollAfterIt() {
        store.insert(source("slow", SourceState.PAUSED));
        start(true);
        scheduler.pollNow("slow");
        await().atMost(Duration.ofSeconds(5)).until(() -> poller.count("slow") == 1);

        // Called on the test thread so that both requests are made before the running poll ends.
        polling.poll("slow", true);
        polling.poll("slow", true);
        poller.release.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> poller.count("slow") == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> poller.count("slow") == 2);
        assertThat(poller.mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void recordsAFailedPollAsLastErrorWithoutASuccess() {
        store.insert(source("broken", SourceState.ACTIVE));
        start(true);

        await().atMost(Duration.ofSeconds(5)).until(() -> store.find("broken").orElseThrow().lastError() != null);

        Source broken = store.find("broken").orElseThrow();
        assertThat(broken.lastError()).isEqualTo("https://example.cn/broken answered HTTP 500");
        assertThat(broken.lastPollAt()).isNotNull();
        assertThat(broken.lastSuccessAt()).isNull();
    }

    @Test
    void twoInstancesPollASourceRegisteredThroughOneOnlyOnceAndTheOtherTakesOverWhenItStops() {
        CountingPoller seenByB = new CountingPoller();
        start(true);
        PollScheduler b = new PollScheduler(store, new SourcePolling(store, List.of(seenByB), Clock.systemUTC()),
                properties(true));
        b.start();
        try {
            // A longer interval than the other tests: the claim lasts two of them, so a busy machine's pause does
            // not hand it over while both instances run.
            Source source = new Source("shared", SourceType.FEED, "https://example.cn/shared", "shared",
                    Duration.ofMillis(400), SourceState.ACTIVE, null, null, 0, 0, null);
            store.insert(source);
            scheduler.schedule(source); // registered through this instance

            // the other instance finds the source at a reload of the stored sources (at its start or every 10 s)
            await().atMost(Duration.ofSeconds(20)).until(() -> b.isScheduled("shared"));
            await().atMost(Duration.ofSeconds(10)).until(() -> poller.count("shared") + seenByB.count("shared") >= 3);
            boolean thisHolds = poller.count("shared") >= seenByB.count("shared");
            CountingPoller holder = thisHolds ? poller : seenByB;
            CountingPoller other = thisHolds ? seenByB : poller;
            int holderBefore = holder.count("shared");
            int otherBefore = other.count("shared");
            await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3))
                    .until(() -> other.count("shared") == otherBefore);
            assertThat(holder.count("shared")).as("the instance holding the claim goes on polling").isGreaterThan(holderBefore);

            (thisHolds ? scheduler : b).stop();
            // once the stopped instance's claim has run out (two poll intervals) the other one polls
            await().atMost(Duration.ofSeconds(10)).until(() -> other.count("shared") >= otherBefore + 3);
        } finally {
            b.stop();
        }
    }

    private void start(boolean enabled) {
        polling = new SourcePolling(store, List.of(poller), Clock.systemUTC());
        scheduler = new PollScheduler(store, polling, properties(enabled));
        scheduler.start();
    }

    private static SourcesProperties properties(boolean enabled) {
        return new SourcesProperties(enabled, Duration.ofMinutes(5), Duration.ofMillis(50), Duration.ofSeconds(1),
                DataSize.ofKilobytes(64));
    }

    private static Source source(String id, SourceState state) {
        return new Source(id, SourceType.FEED, "https://example.cn/" + id, id, EVERY, state, null, null, 0, 0, null);
    }

    /** Counts polls per source; "broken" fails like a feed answering 500, "slow" waits for {@link #release}. */
    private static final class CountingPoller implements SourcePoller {

        private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
        private final CountDownLatch release = new CountDownLatch(1);
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public SourceType type() {
            return SourceType.FEED;
        }

        @Override
        public PollReport poll(Source source) throws PollFailedException {
            polls.computeIfAbsent(source.id(), id -> new AtomicInteger()).incrementAndGet();
            if (source.id().equals("slow")) {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            }
            if (source.id().equals("broken")) {
                throw new PollFailedException(source.location() + " answered HTTP 500");
            }
            return new PollReport(1, 0, List.of());
        }

        int count(String id) {
            return polls.getOrDefault(id, new AtomicInteger()).get();
        }
    }
}
