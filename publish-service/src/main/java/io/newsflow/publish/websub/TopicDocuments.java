package io.newsflow.publish.websub;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.delivery.Payloads;
import io.newsflow.publish.html.SafeHtml;
import io.newsflow.publish.json.JsonObject;
import io.newsflow.publish.ninjs.NinjsItem;
import io.newsflow.publish.subscription.PayloadFormat;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/** The topic's feed, in the topic's format, holding the new entries only (what WebSub distribution sends). */
@Component
class TopicDocuments {

    private final Payloads payloads;
    private final String base;
    private final String hub;
    private final Clock clock;

    TopicDocuments(Payloads payloads, PublishProperties properties, Clock clock) {
        this.payloads = payloads;
        this.base = properties.publicBaseUrl();
        this.hub = properties.hubUrl();
        this.clock = clock;
    }

    String render(Topic topic, ArticleEnriched article) {
        boolean ninjs = topic.format().equals("ninjs");
        if (ninjs || topic.format().equals("json")) {
            Map<String, Object> feed = new LinkedHashMap<>();
            if (!ninjs) {
                feed.put("version", "https://jsonfeed.org/version/1.1");
            }
            feed.put("title", "newsflow");
            feed.put("home_page_url", base + "/");
            feed.put("feed_url", topic.url());
            feed.put("hubs", List.of(JsonObject.of("type", "WebSub", "url", hub)));
            if (ninjs) {
                feed.put("standard", NinjsItem.standard());
            }
            feed.put("items", List.of(EventCodec.mapper().readTree(payloads.render(article,
                    ninjs ? PayloadFormat.NINJS : PayloadFormat.JSONFEED_ITEM, clock.instant()))));
            return EventCodec.mapper().writeValueAsString(feed);
        }
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(topic.format().equals("atom") ? "atom_1.0" : "rss_2.0");
        feed.setTitle("newsflow");
        feed.setDescription("newsflow");
        feed.setLink(base + "/");
        feed.setUri(topic.url());
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(topic.url());
        SyndLinkImpl hubLink = new SyndLinkImpl();
        hubLink.setRel("hub");
        hubLink.setHref(hub);
        feed.setLinks(List.of(self, hubLink));
        feed.setPublishedDate(Date.from(article.enrichedAt()));
        feed.setEntries(List.of(entry(article)));
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot render " + topic.url(), e);
        }
    }

    private SyndEntry entry(ArticleEnriched enriched) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:newsflow:article:" + enriched.id());
        entry.setTitle(Jsoup.parse(enriched.article().title()).text());
        entry.setLink(base + "/articles/" + enriched.id());
        entry.setPublishedDate(Date.from(ArticleTimes.sortTime(enriched)));
        entry.setUpdatedDate(Date.from(enriched.enrichedAt()));
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(enriched.summary());
        entry.setDescription(summary);
        SyndContentImpl content = new SyndContentImpl();
        content.setType("html");
        content.setValue(SafeHtml.basic(enriched.article().body().html()));
        entry.setContents(List.of(content));
        return entry;
    }
}
