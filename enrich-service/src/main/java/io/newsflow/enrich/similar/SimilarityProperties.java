package io.newsflow.enrich.similar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of near-duplicate and related-article search ({@code newsflow.enrich.similar.*}).
 *
 * @param duplicateWindow copies further apart in time than this are separate articles (a yearly report)
 * @param maxDistance SimHash bits two copies may differ in; the 4-band lookup finds every pair up to 3
 * @param halfLife a related article this much older or newer counts half
 * @param recommendations how many related articles each article lists
 * @param postingsPerTerm most recent articles kept per term, which bounds the work per article
 * @param maxTouched older articles whose stored record one new article may update
 * @param maxArticles articles the index holds before the oldest are dropped
 */
@ConfigurationProperties("newsflow.enrich.similar")
public record SimilarityProperties(
        @DefaultValue("7d") Duration duplicateWindow,
        @DefaultValue("3") int maxDistance,
        @DefaultValue("30d") Duration halfLife,
        @DefaultValue("5") int recommendations,
        @DefaultValue("200") int postingsPerTerm,
        @DefaultValue("20") int maxTouched,
        @DefaultValue("200000") int maxArticles) {

    public static SimilarityProperties defaults() {
        return new SimilarityProperties(Duration.ofDays(7), 3, Duration.ofDays(30), 5, 200, 20, 200_000);
    }
}
