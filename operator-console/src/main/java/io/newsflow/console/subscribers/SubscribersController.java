package io.newsflow.console.subscribers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /console/api/subscribers}: push subscribers and their health, or why there are none to show. */
@RestController
class SubscribersController {

    private final PublishServiceClient publish;

    SubscribersController(PublishServiceClient publish) {
        this.publish = publish;
    }

    @GetMapping("/console/api/subscribers")
    SubscriberHealth subscribers() {
        return publish.health();
    }
}
