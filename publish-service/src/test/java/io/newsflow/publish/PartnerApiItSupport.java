package io.newsflow.publish;

import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import io.newsflow.publish.delivery.PushItSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the tests of the documented partner API, configured as a closed deployment: partner
 * keys required, the admin token set, loopback callbacks allowed (the receivers run on 127.0.0.1). Its port is
 * chosen before start, so the public base URL (feed links, WebSub topics) is the address the tests call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class PartnerApiItSupport {

    protected static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    protected static final String ADMIN_TOKEN = PushItSupport.TOKEN;
    protected static final String PARTNER_KEY = "pk_portal_" + RUN;
    protected static final int PORT = freePort();
    protected static final String BASE = "http://127.0.0.1:" + PORT;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        PushItSupport.pushProperties("partner_api_it_" + RUN).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("server.port", () -> PORT);
        registry.add("newsflow.publish.public-base-url", () -> BASE);
        registry.add("newsflow.publish.partners.require-key", () -> "true");
        registry.add("newsflow.publish.partners.keys", () -> "portal:" + PARTNER_KEY + ":600");
    }

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    protected void publish(ArticleEnriched article) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
