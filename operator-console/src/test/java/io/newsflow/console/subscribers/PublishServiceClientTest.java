package io.newsflow.console.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.ConsoleProperties;
import io.newsflow.console.security.AdminToken;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PublishServiceClientTest {

    @Test
    void saysThePushSideIsNotAvailableWhenPublishServiceIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConsoleProperties properties = new ConsoleProperties("token", "http://127.0.0.1:" + closedPort + "/", 0, null,
                0, null, null);
        PublishServiceClient client = new PublishServiceClient(properties, new AdminToken(properties));

        SubscriberHealth health = client.health();

        assertThat(health.available()).isFalse();
        assertThat(health.message()).startsWith("push side not available").contains("unreachable")
                .contains(":" + closedPort + "/api/subscriptions");
        assertThat(health.subscriptions()).isEmpty();
    }
}
