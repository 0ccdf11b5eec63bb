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
import org.springframework.stereotype.Component;

/** RSS 2.0 and Atom (RFC 4287) with ROME. Entry ids are stable URNs, links absolute, content sanitized HTML. */
@Component
class RomeFeedRenderer {

    byte[] render(FeedView view, FeedFormat format) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == FeedFormat.ATOM ? "atom_1.0" : "rss_2.0");
        feed.setTitle(view.title());
        feed.setLink(view.homeUrl());
        feed.setUri(view.selfUrl());
        feed.setDescription(view.title() + " — newsflow");
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
        entry.setTitle(item.title());
        entry.setLink(item.url());
        entry.setPublishedDate(date(item.published()));
        entry.setUpdatedDate(date(item.modified()));
        if (!item.author().isBlank()) {
            entry.setAuthors(List.of(person(item.author())));
        }
        List<SyndCategory> categories = new ArrayList<>();
        for (Category category : item.categories()) {
            SyndCategory syndCategory = new SyndCategoryImpl();
            syndCategory.setName(String.join(" > ", category.path()));
            syndCategory.setTaxonomyUri("urn:newsflow:category:" + category.code());
            categories.add(syndCategory);
        }
        for (String tag : item.tags()) {
            SyndCategory keyword = new SyndCategoryImpl();
            keyword.setName(tag);
            categories.add(keyword);
        }
        entry.setCategories(categories);
        entry.setDescription(content("text", item.summary()));
        if (item.contentHtml() != null) {
            entry.setContents(List.of(content("html", item.contentHtml())));
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
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
