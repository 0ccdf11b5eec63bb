package io.newsflow.enrich;

import io.newsflow.enrich.similar.SimilarityProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SimilarityProperties.class, EnrichProperties.class})
class EnrichConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
