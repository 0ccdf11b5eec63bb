package io.newsflow.publish.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.newsflow.model.Category;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;

/**
 * RSS 2.0 and Atom (RFC 4287) with ROME. Entry ids are stable URNs, links absolute, content sanitized HTML. Text
 * is stripped of characters XML 1.0 cannot carry (NUL and other controls, lone surrogates), which articles scraped
 * from the web do contain and which would otherwise fail the whole feed.
 */
@Component
class RomeFeedRenderer {

    byte[] render(FeedView view, FeedFormat format) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == FeedFormat.ATOM ? "atom_1.0" : "rss_2.0");
        feed.setTitle(xml(view.title()));
        feed.setLink(view.homeUrl());
        feed.setUri(view.selfUrl());
        feed.setDescription(xml(view.title()) + " — newsflow");
        feed.setLanguage(view.language());
        feed.setPublishedDate(date(view.updated()));
        feed.setAuthors(List.of(person("newsflow")));
        List<SyndLink> links = new ArrayList<>(List.of(link("self", view.selfUrl()), link("hub", view.hubUrl()),
                link("alternate", view.homeUrl())));
        if (view.nextUrl() != null) {
            links.add(link("next", view.nextUrl()));
        }
        feed.setLinks(links);
        feed.setEntries(view.entries().stream().map(RomeFeedRenderer::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot render " + format + " feed " + view.selfUrl(), e);
        }
    }

    private static SyndEntry entry(FeedEntry item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:newsflow:article:" + item.id());
        entry.setTitle(xml(item.title()));
        entry.setLink(item.url());
        entry.setPublishedDate(date(item.published()));
        entry.setUpdatedDate(date(item.modified()));
        if (!item.author().isBlank()) {
            entry.setAuthors(List.of(person(xml(item.author()))));
        }
        List<SyndCategory> categories = new ArrayList<>();
        for (Category category : item.categories()) {
            SyndCategory syndCategory = new SyndCategoryImpl();
            syndCategory.setName(xml(String.join(" > ", category.path())));
            syndCategory.setTaxonomyUri(xml("urn:newsflow:category:" + category.code()));
            categories.add(syndCategory);
        }
        for (String tag : item.tags()) {
            SyndCategory keyword = new SyndCategoryImpl();
            keyword.setName(xml(tag));
            categories.add(keyword);
        }
        entry.setCategories(categories);
        // RSS readers take every description as HTML: the plain-text summary goes in escaped, so it stays text.
        entry.setDescription(content("html", item.summary() == null ? null : Entities.escape(item.summary())));
        if (item.contentHtml() != null) {
            entry.setContents(List.of(content("html", item.contentHtml())));
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(xml(value));
        return content;
    }

    /** Drops what XML 1.0 cannot carry: controls other than tab, newline and return, U+FFFE, U+FFFF, lone surrogates. */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder legal = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000).forEach(legal::appendCodePoint);
        return legal.toString();
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
