package io.newsflow.enrich.pipeline;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Body;
import io.newsflow.model.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-written test corpus under {@code src/test/resources/corpus}: Chinese articles in five topic groups,
 * English ones in two, 转载 copies with small edits and another source, and some without a breadcrumb.
 */
public final class Corpus {

    private Corpus() {
    }

    /** Every corpus article, in publication order. */
    public static List<Entry> load() {
        try (Stream<Path> files = Files.list(Path.of(Corpus.class.getResource("/corpus").toURI()))) {
            return files.filter(f -> f.toString().endsWith(".txt")).map(Corpus::read)
                    .sorted((a, b) -> a.article().publishedAt().compareTo(b.article().publishedAt())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int blank = text.indexOf("\n\n");
        Map<String, String> header = new HashMap<>();
        for (String line : text.substring(0, blank).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String body = text.substring(blank + 2).strip().replace("\n", "\n\n");
        String breadcrumb = header.getOrDefault("breadcrumb", "");
        ArticleIngested article = new ArticleIngested(header.get("id"), null, null, header.get("title"),
                new Body(body, ""), Instant.parse(header.get("published")), header.get("source"), "",
                breadcrumb.isEmpty() ? List.of() : Arrays.asList(breadcrumb.split("/")),
                header.getOrDefault("language", "zh-Hans"), "0".repeat(64), 1,
                Instant.parse(header.get("published")).plusSeconds(60), Origin.API, List.of());
        return new Entry(article, header.get("group"), header.get("copy-of"));
    }

    /**
     * One corpus article.
     *
     * @param group its topic group: related articles should come from the same one
     * @param copyOf the id of the article it is a 转载 copy of, or null
     */
    public record Entry(ArticleIngested article, String group, String copyOf) {

        public String id() {
            return article.id();
        }
    }
}
