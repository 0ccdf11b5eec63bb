package io.newsflow.enrich;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
