package io.newsflow.ingest.parse;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@link StructuredMeta} from a page's JSON-LD, OpenGraph, &lt;meta&gt; tags and microdata. */
final class StructuredMetaReader {

    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
            "datepublished", "pubdate", "publishdate", "publish_date", "publish-date", "publish_time", "publishtime",
            "og:release_date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
            "article.published", "weibo:article:create_at", "og:published_time");
    private static final Set<String> AUTHOR_KEYS = Set.of("author", "article:author", "dc.creator", "byl",
            "sailthru.author", "parsely-author", "og:article:author");
    private static final Set<String> SITE_KEYS = Set.of("og:site_name", "application-name", "sitename", "site_name");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[_|｜]\\s*|\\s+[-–—]\\s+");
    private static final int MAX_SITE_NAME = 20;
    private static final Pattern OFFSET = Pattern.compile("\\d:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})$");

    private StructuredMetaReader() {
    }

    static StructuredMeta read(Document doc, DateParser dates) {
        JsonLdArticle ld = JsonLdArticle.read(doc);
        String siteName = ld.publisher().isEmpty() ? metaContent(doc, SITE_KEYS) : ld.publisher();
        if (siteName.isEmpty()) {
            siteName = titleSuffix(doc.title());
        }
        String dateText = ld.datePublished();
        if (dateText.isEmpty()) {
            dateText = metaDateText(doc);
        }
        if (dateText.isEmpty()) {
            dateText = microdataDate(doc);
        }
        Optional<DateParser.Found> date = dates.find(dateText);
        String author = ld.authors().isEmpty() ? metaContent(doc, AUTHOR_KEYS) : ld.authors();
        if (author.isEmpty()) {
            author = microdataAuthor(doc);
        }
        if (isSiteName(author, siteName) || author.contains("://") || author.length() > 80) {
            author = "";
        }
        return new StructuredMeta(ld.headline(), date.map(DateParser.Found::instant).orElse(null), author, "",
                siteName, date.map(DateParser.Found::hasTime).orElse(false), zone(dateText));
    }

    private static String metaDateText(Document doc) {
        for (String key : DATE_KEYS) {
            for (Element meta : doc.select("meta[content]")) {
                String name = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop")).toLowerCase();
                if (name.equals(key) && !meta.attr("content").isBlank()) {
                    return meta.attr("content").trim();
                }
            }
        }
        return "";
    }

    private static String microdataDate(Document doc) {
        for (Element el : doc.select("[itemprop=datePublished]")) {
            String value = el.hasAttr("content") ? el.attr("content") : el.hasAttr("datetime") ? el.attr("datetime") : el.text();
            if (!value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }

    private static String microdataAuthor(Document doc) {
        for (Element el : doc.select("[itemprop=author]")) {
            Element name = el.selectFirst("[itemprop=name]");
            String value = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                    : el.hasAttr("content") ? el.attr("content") : el.text();
            if (!Text.clean(value).isEmpty()) {
                return Text.clean(value);
            }
        }
        return "";
    }

    private static String metaContent(Document doc, Set<String> keys) {
        for (Element meta : doc.select("meta[content]")) {
            String name = (meta.attr("property") + meta.attr("name")).toLowerCase();
            if (keys.contains(name) && !Text.clean(meta.attr("content")).isEmpty()) {
                return Text.clean(meta.attr("content"));
            }
        }
        return "";
    }

    /** A byline that only names the site (e.g. "BBC News" on bbc.com) credits nobody. */
    private static boolean isSiteName(String author, String siteName) {
        String a = Text.compact(author).toLowerCase();
        String s = Text.compact(siteName).toLowerCase();
        return !a.isEmpty() && !s.isEmpty() && (a.equals(s) || s.contains(a) || a.contains(s));
    }

    /** "Headline_Site" or "Headline | Site": most portals end the document title with their name. */
    private static String titleSuffix(String title) {
        String[] parts = TITLE_SEPARATOR.split(Text.clean(title));
        String last = parts.length < 2 ? "" : parts[parts.length - 1].trim();
        return last.length() >= 2 && last.length() <= MAX_SITE_NAME ? last : "";
    }

    private static ZoneId zone(String dateText) {
        Matcher m = OFFSET.matcher(dateText.trim());
        if (!m.find()) {
            return null;
        }
        String offset = m.group(1);
        return "Z".equals(offset) ? ZoneOffset.UTC : ZoneOffset.of(offset.length() == 5
                ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
    }
}
