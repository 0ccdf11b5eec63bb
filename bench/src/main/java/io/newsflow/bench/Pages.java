package io.newsflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Portal pages in the seed's text-dump form, each one new: most sentences of two Chinese corpus articles of one
 * subject and of one more, shuffled, under a numbered title and a source URL of their own. Deterministic for a
 * given seed.
 */
final class Pages {

    private static final int MIN_SENTENCES = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<CorpusArticle> corpus;
    private final Random random;
    private final String run;

    private Pages(List<CorpusArticle> corpus, long seed, String run) {
        this.corpus = corpus;
        this.random = new Random(seed);
        this.run = run;
    }

    /** Reads the Chinese articles of {@code enrich-service/src/test/resources/corpus} under {@code home}. */
    static Pages fromCorpus(Path home, long seed, String run) {
        Path dir = home.resolve("enrich-service/src/test/resources/corpus");
        try (Stream<Path> files = Files.list(dir)) {
            List<CorpusArticle> corpus = files.sorted().map(Pages::read)
                    .filter(a -> a.title() != null && !"en".equals(a.language())).toList();
            if (corpus.size() < 4) {
                throw new IllegalStateException("too few corpus articles in " + dir);
            }
            return new Pages(corpus, seed, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The n-th page of this run. */
    synchronized Page next(int n) {
        CorpusArticle first = corpus.get(random.nextInt(corpus.size()));
        List<CorpusArticle> sameSubject = corpus.stream().filter(a -> a.group().equals(first.group())).toList();
        CorpusArticle second = sameSubject.get(random.nextInt(sameSubject.size()));
        CorpusArticle third = corpus.get(random.nextInt(corpus.size()));
        // a random part of three articles' sentences: pages of one subject, but not near-copies of each other
        List<String> sentences = new ArrayList<>();
        for (CorpusArticle source : List.of(first, second, third)) {
            source.sentences().stream().filter(sentence -> random.nextDouble() < 0.7).forEach(sentences::add);
        }
        // never a one-line stub (1 page in 20,000 drew a single short sentence, too little text to be an article)
        first.sentences().stream().limit(Math.max(0, MIN_SENTENCES - sentences.size())).forEach(sentences::add);
        Collections.shuffle(sentences, random);
        String title = first.title() + "(第" + n + "期 " + run + ")";
        String breadcrumb = first.breadcrumb().isEmpty() ? "" : " > " + String.join(" > ", first.breadcrumb().split("/"));
        StringBuilder text = new StringBuilder()
                .append("• 您当前的位置:首页").append(breadcrumb).append(" > ").append(title).append('\n')
                .append("  • ").append(title).append("\n\n")
                .append("    时间:").append(TIME.format(LocalDateTime.of(2026, 11, 1, 8, 0).plusMinutes(n)))
                .append("  来源:").append(first.source()).append("  作者:\n\n");
        for (String sentence : sentences) {
            text.append("    ").append(sentence).append("\n\n");
        }
        text.append("    本期为第").append(n).append("期,批次").append(run).append("。\n");
        return new Page(title, first.source(), "https://bench.newsflow.example/" + run + "/" + n + ".html",
                text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every source named by the corpus, sorted. */
    List<String> sources() {
        return corpus.stream().map(CorpusArticle::source).distinct().sorted().toList();
    }

    /** One page: its title, its 来源, where it came from and the bytes posted as {@code text/plain; charset=UTF-8}. */
    record Page(String title, String source, String url, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record CorpusArticle(String group, String source, String breadcrumb, String language, String title,
            List<String> sentences) {
    }

    private static CorpusArticle read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String group = "";
            String source = "";
            String breadcrumb = "";
            String language = "zh";
            String title = null;
            int i = 0;
            for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
                String line = lines.get(i);
                int colon = line.indexOf(':');
                String key = colon < 0 ? line : line.substring(0, colon).strip();
                String value = colon < 0 ? "" : line.substring(colon + 1).strip();
                switch (key) {
                    case "group" -> group = value;
                    case "source" -> source = value;
                    case "breadcrumb" -> breadcrumb = value;
                    case "language" -> language = value;
                    case "title" -> title = value;
                    default -> {
                    }
                }
            }
            List<String> sentences = lines.subList(Math.min(i, lines.size()), lines.size()).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new CorpusArticle(group, source, breadcrumb, language, title, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
