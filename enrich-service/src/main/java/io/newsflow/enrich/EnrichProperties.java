package io.newsflow.enrich;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of enrich-service under {@code newsflow.enrich}; the similarity tuning under {@code similar} is
 * {@link io.newsflow.enrich.similar.SimilarityProperties}.
 *
 * @param adminToken bearer token for the admin endpoints ({@code /admin/**}); generated at start when blank
 * @param examples the topic classifier's examples log
 */
@ConfigurationProperties("newsflow.enrich")
public record EnrichProperties(String adminToken, @DefaultValue Examples examples) {

    /**
     * @param catchUpTimeout how long a starting instance waits to read the examples log to its end before it
     *     enriches
     */
    public record Examples(@DefaultValue("120s") Duration catchUpTimeout) {
    }
}
