package io.newsflow.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code newsflow.console}.
 *
 * @param adminToken bearer token for the console and its API; generated and logged at start when blank
 * @param publishUrl base URL of publish-service, asked for subscriber health
 * @param tailSize how many recent records per topic a new tail starts with (and the console keeps)
 * @param sampleInterval how often lag and end offsets are sampled for the charts
 * @param history how many samples the charts show
 * @param latencyWindow the sliding window the latency percentiles are computed over
 * @param sessionTtl how long a browser session cookie stays valid
 */
@ConfigurationProperties("newsflow.console")
public record ConsoleProperties(String adminToken, String publishUrl, int tailSize, Duration sampleInterval,
        int history, Duration latencyWindow, Duration sessionTtl) {

    public ConsoleProperties {
        adminToken = adminToken == null ? "" : adminToken;
        publishUrl = publishUrl == null ? "http://127.0.0.1:8080" : publishUrl;
        tailSize = tailSize <= 0 ? 50 : tailSize;
        sampleInterval = sampleInterval == null ? Duration.ofSeconds(2) : sampleInterval;
        history = history <= 0 ? 150 : history;
        latencyWindow = latencyWindow == null ? Duration.ofMinutes(5) : latencyWindow;
        sessionTtl = sessionTtl == null ? Duration.ofHours(12) : sessionTtl;
    }
}
