package io.newsflow.publish.ninjs;

import io.newsflow.model.Category;
import io.newsflow.model.Entity;
import io.newsflow.model.Keyword;
import io.newsflow.publish.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * One article as an IPTC NINJS news item, version 3.1 (schema {@value #SCHEMA}).
 *
 * <p>Why 3.1 and not 2.2: 3.x is the version IPTC maintains and recommends for new implementations; its
 * associations carry a {@code rel}, so a related article (推荐资讯) says it is related rather than being an
 * unexplained attachment; and its counts and urgency are integers, which receivers can type strictly. 2.2 differs
 * mostly in naming (all lower case: {@code versioncreated}, {@code copyrightholder}); a 2.x-only receiver needs
 * renaming either way, since neither version has the 1.x fields {@code body_html}, {@code description_text} or
 * {@code byline}. The item says which version it is in {@code standard}.
 *
 * <p>Mapping: {@code uri} the article's stable URN (as the Atom id); {@code headlines}, {@code descriptions}
 * (summary) and {@code bodies} (sanitized HTML and plain text) with role {@code main} / {@code summary} and their
 * content type; {@code firstCreated} the publish time, {@code versionCreated} the time this version was enriched;
 * {@code by} the author when known (left out, never empty, when not); {@code copyrightHolder} and
 * {@code infoSources} the source (来源); {@code located} the first place, {@code places} all of them;
 * {@code subjects} categories, their IPTC Media Topics and keywords (see {@link Subjects}); {@code people} and
 * {@code organisations} the named entities; {@code associations} the related articles; {@code altIds} the
 * article's page here and its canonical URL. NINJS has no keyword field: keywords are subjects with
 * {@code rel: "keyword"}.
 */
public final class NinjsItem {

    public static final String VERSION = "3.1";
    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    private NinjsItem() {
    }

    /**
     * What an item is made of. {@code html} and {@code text} come sanitized; both null leave the body out (a brief
     * feed), and the item then says it is a partial representation.
     */
    public record Content(String id, String url, String externalUrl, String headline, String summary, String html,
            String text, Instant firstCreated, Instant versionCreated, String author, String source,
            List<Category> categories, List<Keyword> keywords, List<String> places, List<Entity> entities,
            List<Related> related, String language, int version) {
    }

    /** A related article as an association: its id, its page here, its headline (may be blank). */
    public record Related(String id, String url, String title) {
    }

    public static String uri(String articleId) {
        return "urn:newsflow:article:" + UriUtils.encodePathSegment(articleId, StandardCharsets.UTF_8);
    }

    public static Map<String, Object> standard() {
        Map<String, Object> standard = new LinkedHashMap<>();
        standard.put("name", "ninjs");
        standard.put("version", VERSION);
        standard.put("schema", SCHEMA);
        return standard;
    }

    public static Map<String, Object> of(Content c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("uri", uri(c.id()));
        item.put("standard", standard());
        item.put("type", "text");
        item.put("representationType", c.html() == null && c.text() == null ? "partial" : "full");
        item.put("version", String.valueOf(c.version()));
        item.put("firstCreated", c.firstCreated().toString());
        item.put("versionCreated", c.versionCreated().toString());
        item.put("pubStatus", "usable");
        putText(item, "language", c.language());
        item.put("headlines", List.of(text("main", "text/plain", c.headline())));
        if (c.summary() != null && !c.summary().isBlank()) {
            item.put("descriptions", List.of(text("summary", "text/plain", c.summary())));
        }
        List<Map<String, Object>> bodies = new ArrayList<>();
        if (c.html() != null && !c.html().isBlank()) {
            bodies.add(body("text/html", c.html(), c.text()));
        }
        if (c.text() != null && !c.text().isBlank()) {
            bodies.add(body("text/plain", c.text(), c.text()));
        }
        if (!bodies.isEmpty()) {
            item.put("bodies", bodies);
        }
        putText(item, "by", c.author());
        if (c.source() != null && !c.source().isBlank()) {
            item.put("copyrightHolder", c.source());
            item.put("infoSources", List.of(JsonObject.of("name", c.source(), "role", "source")));
        }
        if (!c.places().isEmpty()) {
            item.put("located", c.places().get(0));
            item.put("places", c.places().stream().map(place -> JsonObject.of("name", place)).toList());
        }
        List<Map<String, Object>> subjects = Subjects.of(c.categories(), c.keywords());
        if (!subjects.isEmpty()) {
            item.put("subjects", subjects);
        }
        putNamed(item, "people", c.entities(), Entity.Type.PERSON);
        putNamed(item, "organisations", c.entities(), Entity.Type.ORGANISATION);
        if (!c.related().isEmpty()) {
            item.put("associations", c.related().stream().map(NinjsItem::association).toList());
        }
        List<Map<String, Object>> altIds = new ArrayList<>(List.of(JsonObject.of("role", "url", "value", c.url())));
        if (c.externalUrl() != null && !c.externalUrl().isBlank()) {
            altIds.add(JsonObject.of("role", "canonical-url", "value", c.externalUrl()));
        }
        item.put("altIds", altIds);
        return item;
    }

    private static Map<String, Object> association(Related related) {
        boolean titled = related.title() != null && !related.title().isBlank();
        Map<String, Object> association = new LinkedHashMap<>();
        association.put("name", titled ? related.title() : related.id());
        association.put("rel", "related");
        association.put("uri", uri(related.id()));
        association.put("type", "text");
        association.put("representationType", "partial");
        if (titled) {
            association.put("headlines", List.of(text("main", "text/plain", related.title())));
        }
        association.put("altIds", List.of(JsonObject.of("role", "url", "value", related.url())));
        return association;
    }

    private static Map<String, Object> text(String role, String contentType, String value) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("role", role);
        text.put("contentType", contentType);
        text.put("value", value == null ? "" : value);
        return text;
    }

    private static Map<String, Object> body(String contentType, String value, String plain) {
        Map<String, Object> body = text("main", contentType, value);
        if (plain != null) {
            body.put("charCount", plain.codePointCount(0, plain.length()));
        }
        return body;
    }

    private static void putText(Map<String, Object> item, String name, String value) {
        if (value != null && !value.isBlank()) {
            item.put(name, value);
        }
    }

    private static void putNamed(Map<String, Object> item, String name, List<Entity> entities, Entity.Type type) {
        List<Map<String, Object>> named = entities.stream().filter(e -> e.type() == type).map(Entity::text)
                .distinct().map(text -> Map.<String, Object>of("name", text)).toList();
        if (!named.isEmpty()) {
            item.put(name, named);
        }
    }
}
