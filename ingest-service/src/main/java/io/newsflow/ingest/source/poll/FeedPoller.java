package io.newsflow.ingest.source.poll;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.ingest.source.PollFailedException;
import io.newsflow.ingest.source.PollReport;
import io.newsflow.ingest.source.SeenItemStore;
import io.newsflow.ingest.source.Source;
import io.newsflow.ingest.source.SourcePoller;
import io.newsflow.ingest.source.SourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** RSS 2.0 and Atom through ROME: a conditional GET of the feed, then each entry not seen before. */
@Component
class FeedPoller implements SourcePoller {

    private final Listings listings;
    private final SeenItemStore seen;
    private final PageIngester pages;

    FeedPoller(Listings listings, SeenItemStore seen, PageIngester pages) {
        this.listings = listings;
        this.seen = seen;
        this.pages = pages;
    }

    @Override
    public SourceType type() {
        return SourceType.FEED;
    }

    @Override
    public PollReport poll(Source source) throws PollFailedException {
        Optional<Fetched> fetched = listings.fetchIfChanged(source.id(), source.location());
        if (fetched.isEmpty()) {
            return new PollReport(0, 0, List.of());
        }
        SyndFeed feed = parse(source.location(), fetched.get());
        PollTally tally = new PollTally();
        URI feedUrl = URI.create(source.location());
        for (SyndEntry entry : feed.getEntries()) {
            if (tally.aborted()) {
                break;
            }
            Optional<PageEntry> page = FeedEntries.of(entry, feed, feedUrl);
            if (page.isEmpty()) {
                tally.failed("An entry titled '" + entry.getTitle() + "' has neither a link nor a guid");
            } else if (!seen.fingerprint(source.id(), page.get().key()).equals(Optional.of(page.get().fingerprint()))) {
                pages.webPage(source.id(), page.get(), tally);
            }
        }
        if (tally.everythingHandled()) {
            listings.markSeen(source.id(), source.location(), fetched.get());
        }
        return tally.report();
    }

    private static SyndFeed parse(String url, Fetched fetched) throws PollFailedException {
        try (XmlReader reader = fetched.contentType() == null
                ? new XmlReader(new ByteArrayInputStream(fetched.body()), true)
                : new XmlReader(new ByteArrayInputStream(fetched.body()), fetched.contentType(), true)) {
            return new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new PollFailedException(url + " is not an RSS or Atom feed: " + Problems.describe(e), e);
        }
    }
}
