package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.Articles;
import io.newsflow.support.mongo.MongoCommandCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the store costs per article and per delivery in publish-service: {@code bench.articles} enriched articles
 * (default 500, consumed in polls of up to 50) fanned out to {@code bench.subscribers} webhook subscribers (default
 * 10) on a real loopback receiver, through Kafka, the read model, the delivery queues and the workers, counting
 * every MongoDB command the service sends ({@code newsflow_mongodb_commands_total}) from the first poll until every
 * queue is drained. Not part of the build (neither *Test nor *IT); run by {@code bench/run parts}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushStoreCostBenchmark {

    static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 10);
    static final int ARTICLES = Integer.getInteger("bench.articles", 500);
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    /** The push ITs' settings, but the production sweep interval: its background reads are not what this measures. */
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        Map<String, String> properties = new HashMap<>(LocalInfra.shared().springProperties());
        properties.putAll(PushItSupport.pushProperties("push_cost_" + RUN));
        properties.put("newsflow.publish.push.sweep-interval", "5s");
        properties.forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    Deliveries deliveries;

    @Test
    void storeCommandsPerArticleAndPerDelivery() throws Exception {
        String keyword = "cost-" + RUN;
        List<String> ids = new ArrayList<>();
        try (Receiver receiver = new Receiver(n -> 200, 16)) {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                ids.add(PushItSupport.json(PushItSupport.call(port, "POST", "/api/subscriptions", "{\"callback\":\""
                        + receiver.url("/s" + i) + "\",\"filters\":{\"keywords\":[\"" + keyword + "\"]}}")).get("id")
                        .asString());
            }
            MessageListenerContainer container = listeners.getListenerContainer("publish-read-model");
            container.pause();
            await().atMost(Duration.ofSeconds(30)).until(container::isContainerPaused);
            for (int i = 0; i < ARTICLES; i++) {
                kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, "cost-" + RUN + "-" + i, EventCodec.encode(
                        Articles.enriched("cost" + i + "-" + RUN, 1, "成本" + i, Instant.now(), List.of("财经"), "长宁时报",
                                List.of(keyword), List.of()))));
            }
            kafka.flush();
            Map<String, Double> before = byCommand();
            long start = System.nanoTime();
            container.resume();
            int expected = ARTICLES * SUBSCRIBERS;
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> receiver.delivered().size() >= expected);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> delivered = byCommand();
            // completions are written after the receiver answered: wait for them, then leave the probe's reads out
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> ids.stream().allMatch(id -> deliveries.position(id).depth() == 0));
            Map<String, Double> drained = byCommand();
            long commands = Math.round(total(delivered) - total(before));
            long tail = Math.round(total(drained) - total(delivered));

            assertThat(receiver.delivered()).hasSize(expected);
            System.out.printf("%nRESULT articles=%d subscribers=%d deliveries=%d in %.1f s (%.0f deliveries/s)%n",
                    ARTICLES, SUBSCRIBERS, expected, seconds, expected / seconds);
            System.out.printf("RESULT publish-service MongoDB commands until the last delivery arrived: %d;"
                    + " %.2f per article, %.3f per delivery (after it, until every queue was drained, at most %d"
                    + " more including the probe's own reads)%n", commands, (double) commands / ARTICLES,
                    (double) commands / expected, tail);
            System.out.println("RESULT by command and collection: " + difference(before, delivered));
        }
    }

    private Map<String, Double> byCommand() {
        Map<String, Double> counts = new TreeMap<>();
        for (Counter counter : meters.find(MongoCommandCounter.METER).counters()) {
            counts.merge(counter.getId().getTag("command") + " " + counter.getId().getTag("collection"),
                    counter.count(), Double::sum);
        }
        return counts;
    }

    private static double total(Map<String, Double> counts) {
        return counts.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Map<String, Long> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((command, count) -> {
            long n = Math.round(count - before.getOrDefault(command, 0.0));
            if (n > 0) {
                difference.put(command, n);
            }
        });
        return difference;
    }
}
