package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.source.PollFailedException;
import io.newsflow.ingest.source.PollReport;
import io.newsflow.ingest.source.SeenItemStore;
import io.newsflow.ingest.source.Source;
import io.newsflow.ingest.source.SourcePoller;
import io.newsflow.ingest.source.SourceType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sitemaps: a urlset, or a sitemapindex whose child sitemaps are read one level deep. Pages are fetched when new or
 * when their lastmod changed.
 */
@Component
class SitemapPoller implements SourcePoller {

    // A sitemap index answered 304 still has children that may have changed: their list is kept under this key.
    private static final String CHILDREN_PREFIX = "children ";

    private final Listings listings;
    private final SeenItemStore seen;
    private final PageIngester pages;

    SitemapPoller(Listings listings, SeenItemStore seen, PageIngester pages) {
        this.listings = listings;
        this.seen = seen;
        this.pages = pages;
    }

    @Override
    public SourceType type() {
        return SourceType.SITEMAP;
    }

    @Override
    public PollReport poll(Source source) throws PollFailedException {
        Map<String, Fetched> changed = new LinkedHashMap<>();
        List<SitemapDocument.Page> found = new ArrayList<>();
        Optional<Fetched> root = listings.fetchIfChanged(source.id(), source.location());
        List<String> children;
        if (root.isPresent()) {
            changed.put(source.location(), root.get());
            SitemapDocument document = parse(source.location(), root.get());
            found.addAll(document.pages());
            children = document.childSitemaps();
            seen.remember(source.id(), CHILDREN_PREFIX + source.location(), String.join("\n", children));
        } else {
            children = seen.fingerprint(source.id(), CHILDREN_PREFIX + source.location())
                    .filter(list -> !list.isBlank()).map(list -> Arrays.asList(list.split("\n"))).orElse(List.of());
        }
        for (String child : children) {
            Optional<Fetched> sitemap = listings.fetchIfChanged(source.id(), child);
            if (sitemap.isPresent()) {
                changed.put(child, sitemap.get());
                found.addAll(parse(child, sitemap.get()).pages());
            }
        }
        PollTally tally = ingest(source, found);
        if (tally.everythingHandled()) {
            changed.forEach((url, fetched) -> listings.markSeen(source.id(), url, fetched));
        }
        return tally.report();
    }

    private PollTally ingest(Source source, List<SitemapDocument.Page> found) {
        PollTally tally = new PollTally();
        for (SitemapDocument.Page page : found) {
            if (tally.aborted()) {
                break;
            }
            if (!seen.fingerprint(source.id(), page.loc()).equals(Optional.of(page.lastmod()))) {
                pages.webPage(source.id(), new PageEntry(page.loc(), page.lastmod(), page.loc(),
                        page.lastmodInstant(), "", null), tally);
            }
        }
        return tally;
    }

    private static SitemapDocument parse(String url, Fetched fetched) throws PollFailedException {
        try {
            return SitemapDocument.parse(fetched.body(), url);
        } catch (IOException | RuntimeException e) {
            throw new PollFailedException(url + " is not a sitemap: " + Problems.describe(e), e);
        }
    }
}
