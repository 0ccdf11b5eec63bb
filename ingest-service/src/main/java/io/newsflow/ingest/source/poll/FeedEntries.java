package io.newsflow.ingest.source.poll;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.model.Origin;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Reads what newsflow needs from a ROME entry: a stable key, a version, the page URL and a text fallback. */
final class FeedEntries {

    private FeedEntries() {
    }

    /** @return empty when the entry has neither a link nor a guid, so nothing could identify it */
    static Optional<PageEntry> of(SyndEntry entry, SyndFeed feed, URI feedUrl) {
        String link = resolve(feedUrl, firstNonBlank(entry.getLink(), entry.getUri()));
        String key = firstNonBlank(entry.getUri(), link);
        if (link == null || key == null) {
            return Optional.empty();
        }
        Instant date = instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        Instant version = instant(entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate());
        String feedTitle = feed.getTitle() == null ? "" : feed.getTitle().strip();
        return Optional.of(new PageEntry(key, version == null ? "" : version.toString(), link, date, feedTitle,
                fallback(entry, link, date, feedTitle, language(feed.getLanguage()))));
    }

    /** The entry's own title and description or content, when both have text. */
    private static ArticleSubmission fallback(SyndEntry entry, String link, Instant date, String feedTitle,
            String language) {
        String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(entry.getDescription() == null ? null : entry.getDescription().getValue());
        String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text();
        String text = html == null ? "" : Jsoup.parse(html).text();
        if (title.isBlank() || text.isBlank()) {
            return null;
        }
        return new ArticleSubmission(link, title, text, Jsoup.clean(html, Safelist.basic()), date, feedTitle,
                entry.getAuthor(), List.of(), language, Origin.FEED, List.of());
    }

    /** Feeds say zh-cn, zh-TW, en-us ...; articles carry zh-Hans, zh-Hant or en. */
    static String language(String feedLanguage) {
        String tag = feedLanguage == null ? "" : feedLanguage.strip().toLowerCase(Locale.ROOT);
        if (tag.startsWith("en")) {
            return "en";
        }
        boolean traditional = tag.equals("zh-tw") || tag.equals("zh-hk") || tag.equals("zh-mo")
                || tag.startsWith("zh-hant");
        return traditional ? "zh-Hant" : "zh-Hans";
    }

    private static String resolve(URI base, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI resolved = base.resolve(link.strip());
            String scheme = resolved.getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
