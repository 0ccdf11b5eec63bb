package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.Articles;
import io.newsflow.support.mongo.MongoCommandCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A poll of articles fanned out to ten webhook subscribers costs the store a few commands per poll and per drain,
 * not several per delivery: counted by the service's own {@code newsflow_mongodb_commands_total}.
 */
class FanOutStoreCostIT extends PushItSupport {

    static final int SUBSCRIBERS = 10;
    static final int ARTICLES = 100;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    Deliveries deliveries;

    @Test
    void fansAPollOutToTenSubscribersForAFractionOfACommandPerDelivery() throws Exception {
        String keyword = "fanout-" + RUN;
        List<String> ids = new ArrayList<>();
        try (Receiver receiver = new Receiver(n -> 200, 8)) {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                ids.add(subscribe("{\"callback\":\"" + receiver.url("/f" + i) + "\",\"filters\":{\"keywords\":[\""
                        + keyword + "\"]}}").get("id").asString());
            }
            MessageListenerContainer container = listeners.getListenerContainer("publish-read-model");
            container.pause();
            await().atMost(Duration.ofSeconds(30)).until(container::isContainerPaused);
            for (int i = 0; i < ARTICLES; i++) {
                kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, "fanout-" + RUN, EventCodec.encode(
                        Articles.enriched("fo" + i + "-" + RUN, 1, "扇出" + i, Instant.now(), List.of("财经"), "长宁时报",
                                List.of(keyword), List.of()))));
            }
            kafka.flush();
            long before = MongoCommandCounter.total(meters);
            container.resume();
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.delivered().size() >= ARTICLES * SUBSCRIBERS);
            long commands = MongoCommandCounter.total(meters) - before;

            Map<String, Long> perPathAndId = receiver.delivered().stream().collect(Collectors.groupingBy(
                    r -> r.uri() + " " + r.header("webhook-id"), Collectors.counting()));
            assertThat(perPathAndId).hasSize(ARTICLES * SUBSCRIBERS).allSatisfy((k, n) -> assertThat(n).isEqualTo(1));
            assertThat(receiver.delivered().stream().filter(r -> r.uri().equals("/f0"))
                    .map(r -> r.header("webhook-id")).toList())
                    .as("each queue in the order the articles were published")
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, ARTICLES)
                            .mapToObj(i -> "msg_fo" + i + "-" + RUN + "_v1").toList());
            // 13.9 before the queues were written and drained in bulk, about 0.2 now on an idle machine; the
            // progress of a drain is written at least once a second, so a slow box pays more, but a write per
            // delivery again would cost at least one
            assertThat((double) commands / (ARTICLES * SUBSCRIBERS)).as("MongoDB commands per delivery")
                    .isLessThan(1.0);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> ids.stream().allMatch(id -> deliveries.position(id).depth() == 0));
        }
    }
}
