package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.Articles;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

/** The process dies with deliveries queued; the next one delivers each of them, once. */
class DeliveryRestartIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void deliversEverythingQueuedBeforeARestartExactlyOnce() throws Exception {
        Map<String, Object> properties = new HashMap<>(PushItSupport.pushProperties("push_restart_" + RUN));
        properties.putAll(LocalInfra.shared().springProperties());
        properties.put("server.port", "0");
        // long enough that the first message is still being retried when the process stops
        properties.put("newsflow.publish.push.retry-schedule", "0s" + ",500ms".repeat(12));
        String kw = "restart-" + RUN;
        try (Receiver receiver = new Receiver(n -> 503)) {
            ConfigurableApplicationContext first = PushItSupport.start(properties);
            int port = PushItSupport.port(first);
            String id = PushItSupport.json(PushItSupport.call(port, "POST", "/api/subscriptions", "{\"callback\":\""
                    + receiver.url("/hook") + "\",\"filters\":{\"keywords\":[\"" + kw + "\"]}}")).get("id").asString();
            @SuppressWarnings("unchecked")
            KafkaTemplate<String, byte[]> kafka = first.getBean(KafkaTemplate.class);
            for (int i = 1; i <= 4; i++) {
                kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, "restart-" + RUN, EventCodec.encode(
                        Articles.enriched("rs" + i + "-" + RUN, 1, "重启" + i, Instant.now(), List.of("财经"), "长宁时报",
                                List.of(kw), List.of())))).get();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> PushItSupport.json(PushItSupport.call(port, "GET",
                    "/api/subscriptions/" + id, null)).get("health").get("queueDepth").asLong() == 4);
            first.close();
            int triedBeforeRestart = receiver.received().size();
            receiver.answer(n -> 200);

            ConfigurableApplicationContext second = PushItSupport.start(properties);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.delivered().size() >= 4);
                Map<String, Long> deliveredPerId = receiver.delivered().stream()
                        .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
                assertThat(deliveredPerId).containsOnlyKeys("msg_rs1-" + RUN + "_v1", "msg_rs2-" + RUN + "_v1",
                        "msg_rs3-" + RUN + "_v1", "msg_rs4-" + RUN + "_v1").allSatisfy((k, count) -> assertThat(count)
                        .isEqualTo(1));
                assertThat(receiver.delivered()).extracting(r -> r.header("webhook-id")).containsExactly(
                        "msg_rs1-" + RUN + "_v1", "msg_rs2-" + RUN + "_v1", "msg_rs3-" + RUN + "_v1",
                        "msg_rs4-" + RUN + "_v1");
                assertThat(triedBeforeRestart).isGreaterThan(0);
            } finally {
                second.close();
            }
        }
    }
}
