package io.newsflow.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl absolute base of links in feeds, as partner sites reach this service
 * @param feedSize items in a feed
 * @param cacheSize newest articles kept in memory for feeds
 * @param adminToken bearer token for {@code /admin/**}, {@code /api/**} and {@code /console/**}; generated at start
 *     when blank
 */
@ConfigurationProperties("newsflow.publish")
public record PublishProperties(String publicBaseUrl, int feedSize, int cacheSize, String adminToken) {

    /** The WebSub hub that feeds advertise with {@code rel="hub"}. */
    public String hubUrl() {
        return publicBaseUrl + "/websub";
    }

    public PublishProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://127.0.0.1:8080"
                : publicBaseUrl.replaceAll("/+$", "");
        feedSize = feedSize <= 0 ? 50 : feedSize;
        cacheSize = Math.max(cacheSize, feedSize);
    }
}
