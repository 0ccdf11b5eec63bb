package io.newsflow.ingest.source.poll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A parsed sitemap: either an index of child sitemaps or a urlset of pages with their lastmod. */
record SitemapDocument(List<String> childSitemaps, List<Page> pages) {

    /** @param lastmod as written in the sitemap, blank when absent */
    record Page(String loc, String lastmod) {

        /** W3C datetime, full or date only; null when absent or unreadable. */
        Instant lastmodInstant() {
            if (lastmod.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(lastmod).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(lastmod).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }

    /** The XML parser of jsoup resolves no external entities, so a hostile sitemap cannot read local files. */
    static SitemapDocument parse(byte[] xml, String url) throws IOException {
        Document document = Jsoup.parse(new ByteArrayInputStream(xml), null, url, Parser.xmlParser());
        Element root = document.children().stream().filter(e -> !e.tagName().startsWith("?")).findFirst().orElse(null);
        String name = root == null ? "" : root.tagName();
        if (name.equals("sitemapindex")) {
            return new SitemapDocument(root.select("sitemap > loc").eachText().stream()
                    .filter(SitemapDocument::web).toList(), List.of());
        }
        if (name.equals("urlset")) {
            return new SitemapDocument(List.of(), root.select("url").stream()
                    .map(entry -> new Page(text(entry, "loc"), text(entry, "lastmod")))
                    .filter(page -> web(page.loc())).toList());
        }
        throw new IOException("expected <urlset> or <sitemapindex>, found <" + name + ">");
    }

    private static boolean web(String loc) {
        String lower = loc.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String text(Element entry, String child) {
        Element element = entry.selectFirst(child);
        return element == null ? "" : element.text().strip();
    }
}
