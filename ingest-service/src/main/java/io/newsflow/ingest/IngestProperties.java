package io.newsflow.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param token bearer token for the ingest endpoints ({@code /api/**}); generated at start when blank
 * @param adminToken bearer token for the admin endpoints ({@code /admin/**}); generated at start when blank
 * @param publishTimeout how long a request waits for Kafka's acknowledgement before answering 503
 * @param maxBodySize largest request body accepted
 * @param maxEventSize largest article event, as JSON, that ingest publishes; below the Kafka producer's request
 *     size, with room left for what enrich adds
 */
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(String token, String adminToken, Duration publishTimeout, DataSize maxBodySize,
        DataSize maxEventSize) {

    public IngestProperties {
        publishTimeout = publishTimeout == null ? Duration.ofSeconds(10) : publishTimeout;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(5) : maxBodySize;
        maxEventSize = maxEventSize == null ? DataSize.ofKilobytes(768) : maxEventSize;
    }
}
