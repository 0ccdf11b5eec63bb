package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.article.ArticleIngestion;
import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.ingest.article.ArticleTooLargeException;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.article.PublishFailedException;
import io.newsflow.ingest.parse.NotAnArticleException;
import io.newsflow.ingest.parse.PageDecoder;
import io.newsflow.ingest.parse.PageParser;
import io.newsflow.ingest.parse.ParsedPage;
import io.newsflow.ingest.source.SeenItemStore;
import io.newsflow.model.Origin;
import java.io.IOException;
import java.net.MalformedURLException;
import org.springframework.stereotype.Component;

/**
 * Turns one entry into an article: fetch or read, decode, parse, ingest, and remember it as seen unless it has to
 * be tried again (the page or Kafka was unreachable).
 */
@Component
class PageIngester {

    private final HttpFetcher http;
    private final PageParser parser;
    private final ArticleIngestion ingestion;
    private final SeenItemStore seen;

    PageIngester(HttpFetcher http, PageParser parser, ArticleIngestion ingestion, SeenItemStore seen) {
        this.http = http;
        this.parser = parser;
        this.ingestion = ingestion;
        this.seen = seen;
    }

    void webPage(String sourceId, PageEntry entry, PollTally tally) {
        tally.seen();
        String problem;
        boolean retry;
        try {
            Fetched page = http.get(entry.url(), Validators.NONE);
            if (page.ok()) {
                ParsedPage parsed = parser.parse(PageDecoder.decode(page.body(), page.charset()), !page.plainText(),
                        entry.url());
                submit(sourceId, entry.key(), entry.fingerprint(), ArticleSubmission.ofPage(parsed, entry.url(),
                        Origin.FEED).orElse(entry.date(), entry.sourceName()), tally);
                return;
            }
            problem = "HTTP " + page.status();
            retry = !page.permanentFailure();
        } catch (LimitedBody.TooLargeException | RefusedFetchException | MalformedURLException | NotAnArticleException
                | PageDecoder.UndecodableException e) {
            problem = Problems.describe(e);
            retry = false;
        } catch (IOException e) {
            problem = Problems.describe(e);
            retry = true;
        }
        if (entry.fallback() != null) {
            submit(sourceId, entry.key(), entry.fingerprint(), entry.fallback(), tally);
        } else if (retry) {
            tally.retryLater(entry.url() + ": " + problem + "; retried on the next poll");
        } else {
            tally.failed(entry.url() + ": " + problem);
            seen.remember(sourceId, entry.key(), entry.fingerprint());
        }
    }

    /** @param name the file name, for messages; html when the file is an HTML document rather than a text dump */
    void file(String sourceId, String name, String fingerprint, byte[] bytes, boolean html, PollTally tally) {
        tally.seen();
        try {
            ParsedPage parsed = parser.parse(PageDecoder.decode(bytes, null), html, null);
            submit(sourceId, name, fingerprint, ArticleSubmission.ofPage(parsed, null, Origin.DIRECTORY), tally);
        } catch (NotAnArticleException | PageDecoder.UndecodableException e) {
            tally.failed(name + ": " + Problems.describe(e));
            seen.remember(sourceId, name, fingerprint);
        }
    }

    private void submit(String sourceId, String key, String fingerprint, ArticleSubmission article, PollTally tally) {
        try {
            if (ingestion.ingest(article).status() == IngestResult.Status.ACCEPTED) {
                tally.ingested();
            }
            seen.remember(sourceId, key, fingerprint);
        } catch (ArticleTooLargeException e) {
            tally.failed(key + ": " + e.getMessage());
            seen.remember(sourceId, key, fingerprint);
        } catch (PublishFailedException e) {
            tally.abort("Kafka did not acknowledge " + key + "; the remaining entries are retried on the next poll");
        }
    }
}
