package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The article object of a page's JSON-LD (NewsArticle, Article, BlogPosting …), wherever it is nested. */
record JsonLdArticle(String headline, String datePublished, String authors, String publisher) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
            "backgroundnewsarticle", "report", "scholarlyarticle");
    private static final JsonLdArticle NONE = new JsonLdArticle("", "", "", "");

    static JsonLdArticle read(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                List<JsonNode> articles = new ArrayList<>();
                collect(JSON.readTree(script.data()), articles);
                if (!articles.isEmpty()) {
                    JsonNode a = articles.get(0);
                    return new JsonLdArticle(text(a.path("headline")), text(a.path("datePublished")),
                            names(a.path("author")), text(a.path("publisher").path("name")));
                }
            } catch (JacksonException e) {
                // Broken JSON-LD is common; the other signals still count.
            }
        }
        return NONE;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            if (isArticle(node.path("@type"))) {
                out.add(node);
            }
            collect(node.get("@graph"), out);
            collect(node.get("mainEntity"), out);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asString("").toLowerCase())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asString("").toLowerCase());
    }

    private static String names(JsonNode author) {
        Set<String> names = new LinkedHashSet<>();
        if (author.isArray()) {
            author.forEach(a -> names.add(name(a)));
        } else {
            names.add(name(author));
        }
        names.remove("");
        return String.join(", ", names);
    }

    private static String name(JsonNode author) {
        return author.isString() ? Text.clean(author.asString()) : text(author.path("name"));
    }

    private static String text(JsonNode node) {
        return node.isString() ? Text.clean(node.asString()) : "";
    }
}
