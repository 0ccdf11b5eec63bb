package io.newsflow.publish.delivery;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.Category;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Keyword;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.article.ArticleTimes;
import io.newsflow.publish.html.SafeHtml;
import io.newsflow.publish.json.JsonObject;
import io.newsflow.publish.ninjs.NinjsItem;
import io.newsflow.publish.subscription.PayloadFormat;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/** Webhook bodies in the four formats. Article HTML is sanitized here, so no subscriber receives a script. */
@Component
public class Payloads {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String baseUrl;

    public Payloads(PublishProperties properties) {
        this.baseUrl = properties.publicBaseUrl();
    }

    /** Stable for one article version, so receivers can drop repeats. */
    public static String webhookId(ArticleEnriched article) {
        return "msg_" + article.id() + "_v" + article.article().version();
    }

    public static String type(ArticleEnriched article) {
        return article.article().version() > 1 ? "article.updated" : "article.published";
    }

    public String render(ArticleEnriched article, PayloadFormat format, Instant now) {
        ArticleEnriched clean = sanitized(article);
        return switch (format) {
            case ARTICLE -> EventCodec.mapper().writeValueAsString(
                    JsonObject.of("type", type(article), "timestamp", now.toString(), "data", clean));
            case JSONFEED_ITEM -> EventCodec.mapper().writeValueAsString(item(clean));
            case ATOM_ENTRY -> atomEntry(clean);
            case NINJS -> EventCodec.mapper().writeValueAsString(NinjsItem.of(ninjs(clean)));
        };
    }

    private Map<String, Object> item(ArticleEnriched enriched) {
        ArticleIngested article = enriched.article();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", article.id());
        item.put("url", baseUrl + "/articles/" + article.id());
        if (article.canonicalUrl() != null) {
            item.put("external_url", article.canonicalUrl());
        }
        item.put("title", article.title());
        item.put("summary", enriched.summary());
        item.put("content_html", article.body().html());
        item.put("date_published", ArticleTimes.sortTime(enriched).toString());
        item.put("date_modified", enriched.enrichedAt().toString());
        item.put("tags", enriched.keywords().stream().map(Keyword::term).toList());
        item.put("language", article.language());
        item.put("_newsflow", JsonObject.of("categories", enriched.categories().stream()
                .map(c -> String.join("/", c.path())).toList(), "source", article.source(),
                "version", article.version()));
        return item;
    }

    private NinjsItem.Content ninjs(ArticleEnriched enriched) {
        ArticleIngested article = enriched.article();
        return new NinjsItem.Content(article.id(), baseUrl + "/articles/" + article.id(), article.canonicalUrl(),
                article.title(), enriched.summary(), article.body().html(), article.body().text(),
                ArticleTimes.sortTime(enriched), enriched.enrichedAt(), article.author(), article.source(),
                enriched.categories(), enriched.keywords(), enriched.places(), enriched.entities(),
                enriched.recommendations().stream().map(r -> new NinjsItem.Related(r.articleId(),
                        baseUrl + "/articles/" + r.articleId(), r.title())).toList(),
                article.language(), article.version());
    }

    private String atomEntry(ArticleEnriched enriched) {
        ArticleIngested article = enriched.article();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("entry");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", "urn:newsflow:article:" + article.id());
            text(xml, "title", article.title());
            xml.writeEmptyElement("link");
            xml.writeAttribute("href", baseUrl + "/articles/" + article.id());
            text(xml, "published", ArticleTimes.sortTime(enriched).toString());
            text(xml, "updated", enriched.enrichedAt().toString());
            for (Category category : enriched.categories()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", String.join("/", category.path()));
            }
            text(xml, "summary", enriched.summary());
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(article.body().html());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an Atom entry for " + article.id(), e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    static ArticleEnriched sanitized(ArticleEnriched e) {
        ArticleIngested a = e.article();
        String html = SafeHtml.basic(a.body().html());
        ArticleIngested cleaned = new ArticleIngested(a.id(), a.url(), a.canonicalUrl(), Jsoup.parse(a.title()).text(),
                new Body(a.body().text(), html), a.publishedAt(), a.source(), a.author(), a.breadcrumb(), a.language(),
                a.contentHash(), a.version(), a.ingestedAt(), a.origin(), a.sourceKeywords());
        return new ArticleEnriched(cleaned, e.categories(), e.keywords(), e.entities(), e.summary(), e.simhash(),
                e.duplicateOf(), e.recommendations(), e.modelVersion(), e.enrichedAt(), e.places(), e.zhHant(),
                e.alsoReportedBy(), e.topic(), e.topicConfidence(), e.topicAssignedBy());
    }
}
