package io.newsflow.publish.delivery;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.publish.Articles;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.subscription.PayloadFormat;
import io.newsflow.publish.subscription.Secrets;
import io.newsflow.publish.subscription.Subscription;
import io.newsflow.publish.subscription.SubscriptionFilter;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One article fanned out to 1,000 webhook subscribers on loopback receivers, through the delivery engine (queue,
 * worker pool, signing, attempt log; stores in memory), beside a bare HttpClient POST loop with the same
 * concurrency to the same receivers. Not part of the build (neither *Test nor *IT); see bench/push/README.md.
 */
class PushFanOutBenchmark {

    static final int SUBSCRIBERS = 1000;
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);
    static final int RECEIVERS = 4;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    private final AtomicInteger arrived = new AtomicInteger();
    private final List<HttpServer> servers = new ArrayList<>();

    @Test
    void fanOut() throws Exception {
        List<String> bases = startReceivers();
        String body = new Payloads(new PublishProperties("http://127.0.0.1:8080", 50, 2000, null)).render(
                Articles.enriched("bench", 1, "进博会倒计时", Instant.now()), PayloadFormat.ARTICLE, Instant.now());
        List<double[]> bare = new ArrayList<>();
        List<double[]> engine = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            double[] b = bare(bases, body, round);
            double[] e = engine(bases, body, round);
            if (round > 0) {
                bare.add(b);
                engine.add(e);
            }
            System.out.printf("round %d: bare %.0f/s p99 %.1f ms | engine %.0f/s p99 %.1f ms%n", round, b[0], b[1],
                    e[0], e[1]);
        }
        double bareRate = median(bare, 0);
        double engineRate = median(engine, 0);
        System.out.printf("%nRESULT subscribers=%d concurrency=%d body=%d bytes%n", SUBSCRIBERS, CONCURRENCY,
                body.length());
        System.out.printf("RESULT bare HttpClient loop: %.0f deliveries/s, p99 request %.1f ms, p99 fan-out start to"
                + " arrival %.1f ms (medians of %d rounds)%n", bareRate, median(bare, 1), median(bare, 2), ROUNDS);
        System.out.printf("RESULT push engine:          %.0f deliveries/s, p99 request %.1f ms, p99 fan-out start to"
                + " arrival %.1f ms (medians of %d rounds)%n", engineRate, median(engine, 1), median(engine, 2), ROUNDS);
        System.out.printf("RESULT engine/bare = %.0f%%%n", 100 * engineRate / bareRate);
        servers.forEach(s -> s.stop(0));
    }

    /** @return deliveries per second and p99 latency in ms */
    private double[] bare(List<String> bases, String body, int round) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long[] latencies = new long[SUBSCRIBERS];
        long[] sinceStart = new long[SUBSCRIBERS];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(CONCURRENCY);
        long start = System.nanoTime();
        for (int t = 0; t < CONCURRENCY; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < SUBSCRIBERS; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(bases.get(i % RECEIVERS) + "/bare/" + round
                                + "/" + i)).timeout(Duration.ofSeconds(15)).header("content-type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    long end = System.nanoTime();
                    latencies[i] = end - begin;
                    sinceStart[i] = end - start;
                }
                done.countDown();
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new double[] {SUBSCRIBERS / seconds, p99(latencies), p99(sinceStart)};
    }

    private double[] engine(List<String> bases, String body, int round) throws Exception {
        InMemorySubscriptions subscriptions = new InMemorySubscriptions();
        InMemoryQueue queue = new InMemoryQueue();
        PushProperties properties = new PushProperties(null, null, null, null, List.of("127.0.0.1"), CONCURRENCY,
                null, Duration.ofMinutes(10), 0, null, null, null);
        InMemoryAttempts attempts = new InMemoryAttempts();
        DeliveryWorkers workers = new DeliveryWorkers(subscriptions, queue, attempts,
                (kind, id, message) -> { }, new CallbackClient(new CallbackGuard(properties.allowedHosts()), properties),
                properties, Clock.systemUTC());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            String id = "r" + round + "s" + i;
            subscriptions.save(new Subscription(id, Subscription.Mode.PUSH, bases.get(i % RECEIVERS) + "/engine/" + id,
                    SubscriptionFilter.ALL, PayloadFormat.ARTICLE, List.of(Secrets.generate()),
                    Subscription.Health.active(), Instant.now()));
            ids.add(id);
        }
        int before = arrived.get();
        long start = System.nanoTime();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            queue.enqueue(ids.get(i), QueuedDelivery.of("msg_bench_v1", "article.published", "bench",
                    "application/json", body, Instant.now(), null));
            workers.wake(ids.get(i));
        }
        while (arrived.get() - before < SUBSCRIBERS) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // the receiver counts a delivery before the engine has written its attempt
        while (ids.stream().anyMatch(id -> attempts.recent(id, 1).isEmpty())) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
        long[] sinceStart = new long[SUBSCRIBERS];
        long[] latencies = new long[SUBSCRIBERS];
        for (int i = 0; i < SUBSCRIBERS; i++) {
            sinceStart[i] = arrivedAt.get("/engine/" + ids.get(i)) - start;
            latencies[i] = attempts.recent(ids.get(i), 1).get(0).latencyMs() * 1_000_000;
        }
        workers.stop();
        return new double[] {SUBSCRIBERS / seconds, p99(latencies), p99(sinceStart)};
    }

    private List<String> startReceivers() throws Exception {
        List<String> bases = new ArrayList<>();
        for (int r = 0; r < RECEIVERS; r++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                }
                arrivedAt.put(exchange.getRequestURI().getPath(), System.nanoTime());
                exchange.sendResponseHeaders(200, 2);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("ok".getBytes());
                }
                arrived.incrementAndGet();
            });
            server.start();
            servers.add(server);
            bases.add("http://127.0.0.1:" + server.getAddress().getPort());
        }
        return bases;
    }

    private static double p99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
    }

    private static double median(List<double[]> rounds, int index) {
        double[] values = rounds.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }
}
