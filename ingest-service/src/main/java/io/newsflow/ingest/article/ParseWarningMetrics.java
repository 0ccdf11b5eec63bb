package io.newsflow.ingest.article;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.ParseWarning;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts parse warnings by field and by site, so an operator sees which sources' pages lack what. The site is the
 * canonical URL's host, else the article's own source, else {@value #UNKNOWN}; past {@value #MAX_SITES} distinct
 * sites the rest count as {@value #OTHER}, because every distinct tag value is a time series kept forever.
 */
final class ParseWarningMetrics {

    static final String NAME = "newsflow.ingest.parse.warnings";
    static final int MAX_SITES = 256;
    static final String UNKNOWN = "unknown";
    static final String OTHER = "other";

    private final MeterRegistry meters;
    private final Set<String> sites = ConcurrentHashMap.newKeySet();

    ParseWarningMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Call once per accepted article or version: a duplicate raised nothing new. */
    void count(ArticleIngested article) {
        if (article.parseWarnings().isEmpty()) {
            return;
        }
        String site = bounded(site(article));
        for (ParseWarning warning : article.parseWarnings()) {
            meters.counter(NAME, "field", warning.field(), "source", site).increment();
        }
    }

    static String site(ArticleIngested article) {
        if (article.canonicalUrl() != null) {
            try {
                String host = new URI(article.canonicalUrl()).getHost();
                if (host != null) {
                    return host;
                }
            } catch (URISyntaxException e) {
                // Not expected of a canonical URL; the article's source names the site as well.
            }
        }
        return article.source().isBlank() ? UNKNOWN : article.source().strip();
    }

    private String bounded(String site) {
        if (sites.contains(site)) {
            return site;
        }
        // Racing threads may admit a few past the limit; the bound is on the order of magnitude, not exact.
        if (sites.size() >= MAX_SITES) {
            return OTHER;
        }
        sites.add(site);
        return site;
    }
}
