package io.newsflow.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Expected fields for one corpus page, read from its UTF-8 ".expected.properties" sidecar. */
record PageExpectation(String page, boolean html, Charset charset, boolean notArticle, String title,
        Instant publishedAt, String source, String author, String editor, List<String> breadcrumb,
        String bodyStart, String language, List<String> keywords, int paragraphs, List<String> absent) {

    static PageExpectation load(String page) {
        Properties p = new Properties();
        try (InputStream in = PageExpectation.class.getResourceAsStream("/pages/" + page + ".expected.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String date = p.getProperty("publishedAt", "");
        return new PageExpectation(page, Boolean.parseBoolean(p.getProperty("html")),
                Charset.forName(p.getProperty("charset", "UTF-8")),
                Boolean.parseBoolean(p.getProperty("notArticle", "false")), p.getProperty("title", ""),
                date.isEmpty() ? null : Instant.parse(date), p.getProperty("source", ""),
                p.getProperty("author", ""), p.getProperty("editor", ""), list(p, "breadcrumb"),
                p.getProperty("bodyStart", ""), p.getProperty("language", "zh-Hans"), list(p, "keywords"),
                Integer.parseInt(p.getProperty("paragraphs", "0")), list(p, "absent"));
    }

    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key, "");
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
    }

    @Override
    public String toString() {
        return page;
    }
}
