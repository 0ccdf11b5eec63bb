package io.newsflow.ingest;

import io.newsflow.ingest.parse.PageParser;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PageParser pageParser(Clock clock) {
        return new PageParser(clock);
    }
}
