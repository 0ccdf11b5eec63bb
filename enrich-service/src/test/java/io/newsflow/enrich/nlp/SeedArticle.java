package io.newsflow.enrich.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed page's title and body, as ingest hands them on. */
public final class SeedArticle {

    public static final String TITLE = "“六外联动”,长宁构建大外事工作格局";

    private SeedArticle() {
    }

    public static String body() {
        try (InputStream in = SeedArticle.class.getResourceAsStream("/articles/seed-body.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\n\n").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
