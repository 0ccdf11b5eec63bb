package io.newsflow.enrich.nlp;

import io.newsflow.enrich.pipeline.TestPipeline;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Keyword;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * Keyword recall@5 on the Toutiao/TNEWS headlines of {@code ../shared/datasets/news-topics-dev}, ours beside jieba
 * TF-IDF ({@code bench/keywords}, npm {@code @node-rs/jieba}) on the same headlines in the same run. Run by hand,
 * never in the normal build:
 *
 * <pre>
 * ./mvnw -o -pl shared-model,enrich-service test -Dtest=KeywordBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true
 * </pre>
 *
 * Only the headline is given to both extractors, so the gold set is the platform's keywords that occur in the headline
 * ({@code keywords_in_title}); rows without one are not scored. Recall of a row = gold terms among the top 5 / gold
 * terms; the figure is the mean over rows. SogouC, the full-text set, carries no keywords and cannot be scored.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class KeywordBenchmark {

    private static final Path DATASETS = Path.of(System.getProperty("bench.topics.dir",
            "../../shared/datasets/news-topics-dev"));
    private static final Path PEER = Path.of(System.getProperty("bench.keywords.peer", "../bench/keywords"));
    private static final int K = 5;

    private record Row(String title, Set<String> gold) {
    }

    @Test
    void measure() throws IOException, InterruptedException {
        List<Row> rows = rows();
        List<List<String>> jieba = jieba(rows);
        KeywordExtractor extractor = new KeywordExtractor(TestPipeline.segmenter());
        List<List<String>> ours = rows.stream().map(r -> extractor.keywords(r.title(), "").stream()
                .map(Keyword::term).limit(K).toList()).toList();
        System.out.printf("%n== keyword recall@%d, Toutiao/TNEWS headlines, gold = keywords_in_title, %d rows%n",
                K, rows.size());
        System.out.printf("ours  %.3f%njieba %.3f  (@node-rs/jieba TF-IDF, default dict and idf)%n",
                recall(rows, ours), recall(rows, jieba));
        if (Boolean.getBoolean("bench.misses")) {
            misses(rows, ours, extractor);
        }
        for (int i = 0; i < 15; i++) {
            Row row = rows.get(i * rows.size() / 15);
            int at = rows.indexOf(row);
            System.out.printf("  %s | gold %s | ours %s | jieba %s%n", row.title(), row.gold(), ours.get(at),
                    jieba.get(at));
        }
    }

    /** Gold terms we never proposed, the most frequent first: what segmentation or filtering loses. */
    private static void misses(List<Row> rows, List<List<String>> ours, KeywordExtractor extractor) {
        java.util.Map<String, Integer> lost = new java.util.HashMap<>();
        int ranked = 0;
        for (int i = 0; i < rows.size(); i++) {
            Set<String> candidates = extractor.extract(rows.get(i).title(),
                    TestPipeline.segmenter().tokens(rows.get(i).title()), "", List.of()).terms();
            for (String gold : rows.get(i).gold()) {
                if (!ours.get(i).contains(gold)) {
                    if (candidates.contains(gold)) {
                        ranked++;
                    } else {
                        lost.merge(gold, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("missed but proposed (ranking): %d, never proposed: %d%n", ranked,
                lost.values().stream().mapToInt(Integer::intValue).sum());
        lost.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(80)
                .forEach(e -> System.out.print(e.getKey() + " " + e.getValue() + ", "));
        System.out.println();
    }

    private static double recall(List<Row> rows, List<List<String>> answers) {
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            Set<String> hit = new HashSet<>(answers.get(i));
            hit.retainAll(rows.get(i).gold());
            sum += (double) hit.size() / rows.get(i).gold().size();
        }
        return sum / rows.size();
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String json : Files.readAllLines(DATASETS.resolve("toutiao_tnews_headlines_keywords.jsonl"),
                StandardCharsets.UTF_8)) {
            JsonNode node = EventCodec.mapper().readTree(json);
            Set<String> gold = new HashSet<>();
            node.get("keywords_in_title").forEach(k -> gold.add(k.asString()));
            if (!gold.isEmpty()) {
                rows.add(new Row(node.get("title").asString(), gold));
            }
        }
        return rows;
    }

    /** One run of the node peer over a temp file of all texts; it answers one JSON line per text, in order. */
    private static List<List<String>> jieba(List<Row> rows) throws IOException, InterruptedException {
        run(PEER.resolve("install.sh").toString());
        Path input = Files.createTempFile("keyword-bench", ".jsonl");
        try {
            Files.write(input, rows.stream().map(r -> EventCodec.mapper().createObjectNode().put("text", r.title())
                    .toString()).collect(Collectors.toList()), StandardCharsets.UTF_8);
            Path output = Files.createTempFile("keyword-bench", ".out");
            try {
                new ProcessBuilder("node", PEER.resolve("jieba-keywords.mjs").toString(), input.toString(),
                        String.valueOf(K)).redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
                List<List<String>> answers = new ArrayList<>();
                for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                    List<String> keywords = new ArrayList<>();
                    EventCodec.mapper().readTree(line).get("keywords").forEach(k -> keywords.add(k.asString()));
                    answers.add(keywords);
                }
                if (answers.size() != rows.size()) {
                    throw new IllegalStateException("jieba peer answered " + answers.size() + " of " + rows.size());
                }
                return answers;
            } finally {
                Files.deleteIfExists(output);
            }
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static void run(String command) throws IOException, InterruptedException {
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command + " exited with " + exit);
        }
    }
}
