package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.source.PollFailedException;
import io.newsflow.ingest.source.SeenItemStore;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Conditional GETs of feeds and sitemaps. A listing's validators are remembered only after its entries were all
 * handled: otherwise the next poll would get a 304 and never retry the entries that failed.
 */
@Component
class Listings {

    private static final String KEY_PREFIX = "listing ";

    private final HttpFetcher http;
    private final SeenItemStore seen;

    Listings(HttpFetcher http, SeenItemStore seen) {
        this.http = http;
        this.seen = seen;
    }

    /** @return empty when the server answered 304 Not Modified */
    Optional<Fetched> fetchIfChanged(String sourceId, String url) throws PollFailedException {
        Validators previous = seen.fingerprint(sourceId, KEY_PREFIX + url).map(Validators::decode)
                .orElse(Validators.NONE);
        Fetched fetched;
        try {
            fetched = http.get(url, previous);
        } catch (IOException e) {
            throw new PollFailedException(url + " could not be fetched: " + Problems.describe(e), e);
        }
        if (fetched.notModified()) {
            return Optional.empty();
        }
        if (!fetched.ok()) {
            throw new PollFailedException(url + " answered HTTP " + fetched.status());
        }
        return Optional.of(fetched);
    }

    void markSeen(String sourceId, String url, Fetched fetched) {
        Validators validators = fetched.validators();
        if (validators.etag() != null || validators.lastModified() != null) {
            seen.remember(sourceId, KEY_PREFIX + url, validators.encode());
        }
    }
}
