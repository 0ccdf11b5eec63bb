package io.newsflow.publish;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock publish-service reads the time from, so that tests can hold it still. */
@Configuration(proxyBeanMethods = false)
class PublishConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
