package io.newsflow.console.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.ConsoleIntegrationTest;
import io.newsflow.console.PublishStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Subscriber health comes from publish-service when it has the API, and degrades to a notice when it has not. */
class SubscribersIT extends ConsoleIntegrationTest {

    @AfterEach
    void reset() {
        PublishStub.shared().answer(null);
    }

    @Test
    void saysPushSideIsNotAvailableWhenPublishServiceAnswers404() {
        String body = get("/console/api/subscribers", bearer()).body();
        assertThat(body).contains("\"available\":false").contains("push side not available")
                .contains("\"subscriptions\":[]");
    }

    @Test
    void showsSubscriptionsWithTheirHealthFromPublishService() {
        PublishStub.shared().answer("[{\"id\":\"s1\",\"callbackUrl\":\"https://partner.example/hook\","
                + "\"healthy\":false,\"consecutiveFailures\":3}]");

        String body = get("/console/api/subscribers", bearer()).body();

        assertThat(body).contains("\"available\":true").contains("\"consecutiveFailures\":3")
                .contains("partner.example/hook");
        assertThat(PublishStub.shared().lastAuthorization()).isEqualTo("Bearer " + TOKEN);
    }
}
