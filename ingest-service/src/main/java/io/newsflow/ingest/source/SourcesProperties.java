package io.newsflow.ingest.source;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param enabled false: registered sources are kept and can be polled on request, but none is polled on a schedule
 * @param defaultPollInterval interval of a registration that names none
 * @param minPollInterval smaller intervals are refused, so that one source cannot hammer a partner site
 * @param httpTimeout connect timeout, and the longest wait for data, of every feed, sitemap and page request; what
 *     bounds a whole fetch, and which addresses it may reach, is under {@code newsflow.ingest.sources.fetch}
 * @param maxPageBytes larger feeds, sitemaps, pages and files are skipped with an error
 */
@ConfigurationProperties("newsflow.ingest.sources")
public record SourcesProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("PT5M") Duration defaultPollInterval, @DefaultValue("PT1S") Duration minPollInterval,
        @DefaultValue("PT10S") Duration httpTimeout, @DefaultValue("5MB") DataSize maxPageBytes) {
}
