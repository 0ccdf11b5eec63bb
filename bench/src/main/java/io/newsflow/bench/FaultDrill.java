package io.newsflow.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.newsflow.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

/**
 * During an ingest of many pages at a steady rate: SIGKILL an enrich-service instance, then a publish-service
 * instance (each started again), then SIGKILL the Kafka broker process (started again on the same log). Afterwards
 * an audit by id: every accepted article is stored once by enrich and once by publish, the webhook subscribers
 * received every one (a repeat only with the same {@code webhook-id}), and both dead-letter topics are empty. With
 * two or more instances of each service, pages go to the ingest instances in turn, and once everything is pushed
 * every publish instance must serve the same feeds byte for byte (same ETag).
 */
final class FaultDrill {

    /** Everything the audit found; {@link #passed()} is the verdict. */
    record Report(int pages, int accepted, int refusedWhileDown, int enrichStored, int publishStored,
            Set<String> missingInEnrich, Set<String> missingInPublish, Set<String> notPushed,
            int deliveries, int redeliveriesSameId, Set<String> pushedUnderTwoIds, int matching,
            Set<String> matchingNotPushed, Set<String> pushedNotMatching, int deadLetters, int instances,
            List<FeedComparison> feeds, List<String> timeline, double seconds) {

        boolean passed() {
            return accepted == pages && feeds.stream().allMatch(FeedComparison::identical) && enrichStored == accepted && publishStored == accepted
                    && missingInEnrich.isEmpty() && missingInPublish.isEmpty() && notPushed.isEmpty()
                    && pushedUnderTwoIds.isEmpty() && matchingNotPushed.isEmpty() && pushedNotMatching.isEmpty()
                    && deadLetters == 0;
        }

        /** True when every publish instance served every compared feed with the same bytes. */
        boolean feedsIdentical() {
            return feeds.stream().allMatch(FeedComparison::identical);
        }

        boolean faultsDuringIngest() {
            return timeline.stream().noneMatch(line -> line.contains("ingest had already finished"));
        }

        String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("| pages offered | %d |%n| accepted (202, after retries of 503s) | %d |%n", pages, accepted));
            out.append(String.format("| answered 503 / unreachable while a part was down (retried) | %d |%n", refusedWhileDown));
            out.append(String.format("| stored by enrich (newsflow_enrich.articles) | %d, missing %d |%n", enrichStored, missingInEnrich.size()));
            out.append(String.format("| stored by publish (newsflow_publish.articles) | %d, missing %d |%n", publishStored, missingInPublish.size()));
            out.append(String.format("| webhook deliveries (both subscribers) | %d; repeats with the same webhook-id %d; under two ids %d |%n",
                    deliveries, redeliveriesSameId, pushedUnderTwoIds.size()));
            out.append(String.format("| subscriber to every article | received %d of %d; not delivered %d |%n",
                    accepted - notPushed.size(), accepted, notPushed.size()));
            out.append(String.format("| subscriber filtered by source | %d matching articles; not delivered %d; delivered without matching %d |%n",
                    matching, matchingNotPushed.size(), pushedNotMatching.size()));
            out.append(String.format("| records in dead-letter topics | %d |%n", deadLetters));
            out.append(String.format("| instances of each service | %d |%n", instances));
            for (FeedComparison feed : feeds) {
                out.append(String.format("| `%s` on every publish instance | %s |%n", feed.path(), feed.format()));
            }
            out.append(String.format("| wall time | %.0f s |%n", seconds));
            out.append(String.format("| verdict | %s |%n", passed() ? "PASS" : "FAIL"));
            out.append("\nTimeline:\n");
            timeline.forEach(line -> out.append("  ").append(line).append('\n'));
            return out.toString();
        }
    }

    private final Cluster cluster;
    private final Pages pages;
    private final Consumer<String> log;
    private final List<String> timeline = new ArrayList<>();
    private long started;

    FaultDrill(Cluster cluster, Pages pages, Consumer<String> log) {
        this.cluster = cluster;
        this.pages = pages;
        this.log = log;
    }

    Report run(int total, int rate, Duration drain) throws Exception {
        started = System.nanoTime();
        try (WebhookReceiver all = new WebhookReceiver(); WebhookReceiver some = new WebhookReceiver()) {
            List<String> sources = pages.sources();
            Set<String> wanted = Set.copyOf(sources.subList(0, sources.size() / 2));
            Subscriptions.subscribeAll(cluster.publishUrl(), cluster.adminToken(), all.url());
            Subscriptions.subscribe(cluster.publishUrl(), cluster.adminToken(), some.url(), List.copyOf(wanted));
            List<Ingest> ingest = cluster.urls("ingest-service").stream()
                    .map(url -> new Ingest(url, cluster.ingestToken())).toList();
            Map<String, String> accepted = new ConcurrentHashMap<>();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService feeder = Executors.newSingleThreadExecutor();
            Future<?> feeding = feeder.submit(() -> {
                feed(ingest, total, rate, accepted, refused);
                return null;
            });
            try {
                inject(total, accepted, feeding);
                feeding.get();
                note("ingest finished: %d accepted, %d refusals retried", accepted.size(), refused.get());
            } finally {
                feeder.shutdownNow();
            }
            Set<String> matching = new HashSet<>();
            accepted.forEach((id, source) -> {
                if (wanted.contains(source)) {
                    matching.add(id);
                }
            });
            awaitDelivered(accepted.keySet(), matching, all, some, drain);
            List<FeedComparison> feeds = cluster.instances() > 1
                    ? compareFeeds(sources.get(0), Duration.ofSeconds(120)) : List.of();
            return audit(total, accepted.keySet(), matching, refused.get(), all, some, feeds);
        }
    }

    /** Posts pages at a steady rate with up to 16 in flight; each one is retried until ingest accepts it. */
    private void feed(List<Ingest> ingest, int total, int rate, Map<String, String> accepted, AtomicInteger refused)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (int n = 1; n <= total; n++) {
                long wait = start + (n - 1) * period - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int number = n;
                posts.add(clients.submit(() -> {
                    Pages.Page page = pages.next(number);
                    while (true) {
                        Ingest.Answer answer = ingest.get(number % ingest.size()).post(page).join();
                        if (answer.accepted() && answer.id() != null) {
                            accepted.put(answer.id(), page.source());
                            return null;
                        }
                        if (answer.status() >= 400 && answer.status() < 500) {
                            throw new IllegalStateException("page " + number + " refused: " + answer.body());
                        }
                        refused.incrementAndGet();
                        TimeUnit.MILLISECONDS.sleep(500);
                    }
                }));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * The faults strike at a fifth, two fifths and three fifths of the ingest. A killed service is started again
     * at once but not waited for: the next fault may find it still starting, as in a real bad hour.
     */
    private void inject(int total, Map<String, String> accepted, Future<?> feeding) throws Exception {
        String enrich = cluster.instance("enrich-service", 1);
        String publish = cluster.instance("publish-service", 1);
        String of = cluster.instances() > 1 ? " (instance 1 of " + cluster.instances() + ")" : "";
        awaitAccepted(accepted, total / 5, feeding);
        note("kill -9 enrich-service%s at %d accepted; starting it again", of, accepted.size());
        cluster.kill(enrich);
        cluster.launch(enrich);

        awaitAccepted(accepted, total * 2 / 5, feeding);
        note("kill -9 publish-service%s at %d accepted; starting it again", of, accepted.size());
        cluster.kill(publish);
        cluster.launch(publish);

        awaitAccepted(accepted, total * 3 / 5, feeding);
        note("kill -9 the Kafka broker at %d accepted; starting it again on the same log", accepted.size());
        cluster.killAndRestartBroker();
        note("Kafka broker up again at %d accepted", accepted.size());

        cluster.awaitReady(enrich);
        note("%s ready at %d accepted", enrich, accepted.size());
        cluster.awaitReady(publish);
        note("%s ready at %d accepted", publish, accepted.size());
    }

    private void awaitAccepted(Map<String, String> accepted, int count, Future<?> feeding) throws Exception {
        while (accepted.size() < count && !feeding.isDone()) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        if (feeding.isDone()) {
            feeding.get();
            note("(ingest had already finished)");
        }
    }

    private void awaitDelivered(Set<String> ids, Set<String> matching, WebhookReceiver all, WebhookReceiver some,
            Duration drain) throws InterruptedException {
        long deadline = System.nanoTime() + drain.toNanos();
        // the pushes are checked in memory; the stores (a query over every id, heavy for the Mongo-wire stand-in that
        // the services also use) only once everything was pushed, since publish pushes what it has stored
        while (System.nanoTime() < deadline && !(ids.stream().allMatch(id -> all.firstArrival(id) != null)
                && matching.stream().allMatch(id -> some.firstArrival(id) != null))) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        note("every accepted article pushed to its subscribers");
        try (MongoClient mongo = MongoClients.create(cluster.mongoUri())) {
            while (System.nanoTime() < deadline) {
                if (stored(mongo, "newsflow_enrich", ids).size() == ids.size()
                        && stored(mongo, "newsflow_publish", ids).size() == ids.size()) {
                    note("every accepted article stored by enrich and publish");
                    return;
                }
                TimeUnit.SECONDS.sleep(5);
            }
        }
        note("drain time of %s over; auditing what arrived", drain);
    }

    private Report audit(int total, Set<String> ids, Set<String> matching, int refused, WebhookReceiver all,
            WebhookReceiver some, List<FeedComparison> feeds) {
        try (MongoClient mongo = MongoClients.create(cluster.mongoUri())) {
            Set<String> inEnrich = stored(mongo, "newsflow_enrich", ids);
            Set<String> inPublish = stored(mongo, "newsflow_publish", ids);
            Set<String> missingEnrich = new HashSet<>(ids);
            missingEnrich.removeAll(inEnrich);
            Set<String> missingPublish = new HashSet<>(ids);
            missingPublish.removeAll(inPublish);

            Map<String, Set<String>> webhookIds = webhookIds(all);
            Map<String, Set<String>> filteredIds = webhookIds(some);
            Set<String> notPushed = new HashSet<>(ids);
            notPushed.removeAll(webhookIds.keySet());
            Set<String> twoIds = new HashSet<>();
            for (Map<String, Set<String>> received : List.of(webhookIds, filteredIds)) {
                received.forEach((article, hooks) -> {
                    if (hooks.size() > 1) {
                        twoIds.add(article);
                    }
                });
            }
            Set<String> matchingNotPushed = new HashSet<>(matching);
            matchingNotPushed.removeAll(filteredIds.keySet());
            Set<String> pushedNotMatching = new HashSet<>(filteredIds.keySet());
            pushedNotMatching.removeAll(matching);
            int deliveries = all.deliveries().size() + some.deliveries().size();
            int repeats = deliveries - webhookIds.size() - filteredIds.size();
            // _id is the article id: one stored document per id found
            return new Report(total, ids.size(), refused, inEnrich.size(), inPublish.size(), missingEnrich, missingPublish,
                    notPushed, deliveries, repeats, twoIds, matching.size(), matchingNotPushed, pushedNotMatching,
                    deadLetters(), cluster.instances(), feeds, List.copyOf(timeline), (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Fetches the same feeds from every publish instance until all instances answer with the same bytes (each
     * instance's feed cache catches up from Kafka on its own) or the time is over.
     */
    private List<FeedComparison> compareFeeds(String source, Duration patience) throws InterruptedException {
        List<String> paths = List.of("/feeds/latest.json", "/feeds/latest.rss", "/feeds/latest.atom",
                "/feeds/latest.ninjs", "/feeds/latest.json?lang=zh-Hant&limit=100",
                "/feeds/sources/" + java.net.URLEncoder.encode(source, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20") + ".json");
        List<String> publish = cluster.urls("publish-service");
        long deadline = System.nanoTime() + patience.toNanos();
        List<FeedComparison> compared;
        do {
            compared = paths.stream().map(path -> FeedComparison.fetch(path, publish)).toList();
            if (compared.stream().allMatch(FeedComparison::identical)) {
                break;
            }
            TimeUnit.SECONDS.sleep(1);
        } while (System.nanoTime() < deadline);
        note("feeds compared on %d publish instances: %d of %d identical", publish.size(),
                compared.stream().filter(FeedComparison::identical).count(), compared.size());
        return compared;
    }

    private static Map<String, Set<String>> webhookIds(WebhookReceiver receiver) {
        Map<String, Set<String>> webhookIds = new HashMap<>();
        receiver.deliveries().forEach(d -> webhookIds.computeIfAbsent(d.articleId(), k -> new HashSet<>()).add(d.webhookId()));
        return webhookIds;
    }

    /** Records in both dead-letter topics: end offset minus beginning offset of every partition. */
    private int deadLetters() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            for (String topic : List.of(Topics.deadLetter(Topics.ARTICLES_RAW), Topics.deadLetter(Topics.ARTICLES_ENRICHED))) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
                for (TopicPartition partition : partitions) {
                    count += end.get(partition) - begin.get(partition);
                }
            }
        }
        return (int) count;
    }

    private static Set<String> stored(MongoClient mongo, String database, Set<String> ids) {
        Set<String> found = new HashSet<>();
        for (Document document : articles(mongo, database).find(new Document("_id", new Document("$in", List.copyOf(ids))))
                .projection(new Document("_id", 1))) {
            found.add(document.getString("_id"));
        }
        return found;
    }

    private static MongoCollection<Document> articles(MongoClient mongo, String database) {
        return mongo.getDatabase(database).getCollection("articles");
    }

    private void note(String format, Object... args) {
        String line = String.format("%6.1f s  ", (System.nanoTime() - started) / 1e9) + String.format(format, args);
        timeline.add(line);
        log.accept(line);
    }
}
