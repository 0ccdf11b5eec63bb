package io.newsflow.enrich.category;

import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.enrich.pipeline.TestPipeline;
import io.newsflow.model.EventCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * Topic quality on the development sets of {@code ../shared/datasets/news-topics-dev}, run by hand, never in the
 * normal build (the name matches neither *Test nor *IT, and it only runs with -Dbench=true):
 *
 * <pre>
 * ./mvnw -o -pl enrich-service test -Dtest=TopicBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true
 * </pre>
 *
 * Each set is shuffled once (fixed seed); its first 500 rows are the pool labelled examples are learnt from and are
 * never scored. The rest is scored cold (only what ships, no breadcrumb), then after learning the first 50 and all
 * 500 pool rows. The data sets' labels are mapped onto the taxonomy here: the mapping is the benchmark's, not the
 * product's. Segmented words are cached under target/ so that re-runs after a word-list change are quick.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class TopicBenchmark {

    private static final Path DATASETS = Path.of(System.getProperty("bench.topics.dir",
            "../../shared/datasets/news-topics-dev"));
    private static final int POOL = 500;
    private static final List<Integer> LEARNT = List.of(0, 50, 500);

    /**
     * SogouC's channel names onto the taxonomy. Its 财经 channel holds stock-market news too, and it has no
     * separate stock channel, so a 财经 article the classifier files under stocks (a topic under economy) is right.
     */
    private static final Map<String, String> SOGOUC = Map.of("汽车", "auto", "财经", "economy|stocks",
            "IT", "science-technology", "健康", "health", "体育", "sport", "旅游", "travel", "教育", "education",
            "招聘", "jobs", "文化", "arts-culture", "军事", "military");

    /** Toutiao / TNEWS labels onto the taxonomy; 民生故事 (news_story) is society. */
    private static final Map<String, String> TNEWS = Map.ofEntries(Map.entry("news_story", "society"),
            Map.entry("news_culture", "arts-culture"), Map.entry("news_entertainment", "entertainment"),
            Map.entry("news_sports", "sport"), Map.entry("news_finance", "economy"),
            Map.entry("news_house", "real-estate"), Map.entry("news_car", "auto"),
            Map.entry("news_edu", "education"), Map.entry("news_tech", "science-technology"),
            Map.entry("news_military", "military"), Map.entry("news_travel", "travel"),
            Map.entry("news_world", "world"), Map.entry("news_stock", "stocks"),
            Map.entry("news_agriculture", "agriculture"), Map.entry("news_game", "games"));

    private final Taxonomy taxonomy = new Taxonomy();

    @Test
    void measure() throws IOException {
        Segmenter segmenter = TestPipeline.segmenter();
        run("full text (SogouC, 10 labels)", rows("sogouc_articles_10class.jsonl", "label", SOGOUC, segmenter));
        run("headlines (Toutiao/TNEWS, 15 labels)",
                rows("toutiao_tnews_headlines_keywords.jsonl", "label_tnews", TNEWS, segmenter));
    }

    private void run(String name, List<Row> rows) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(20261127));
        List<Row> pool = shuffled.subList(0, POOL);
        List<Row> scored = shuffled.subList(POOL, shuffled.size());
        System.out.printf("%n== %s: %d scored, learning pool %d%n", name, scored.size(), pool.size());
        for (int learnt : LEARNT) {
            TopicClassifier classifier = new TopicClassifier(taxonomy);
            for (int i = 0; i < learnt; i++) {
                classifier.learn(pool.get(i).id(), pool.get(i).gold(), pool.get(i).evidence());
            }
            List<TopicClassifier.Scored> answers = scored.stream().map(r -> classifier.classify(r.evidence())).toList();
            List<String> predicted = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                String topic = answers.get(i).topic().code();
                predicted.add(scored.get(i).accepted().contains(topic) ? scored.get(i).gold() : topic);
            }
            report(learnt, scored, predicted);
            long unsure = answers.stream().filter(a -> a.confidence() < 0.2).count();
            System.out.printf("  confidence below 0.2: %d of %d (%.1f%%), their accuracy %.2f%n", unsure,
                    scored.size(), 100.0 * unsure / scored.size(), accuracy(scored, predicted, answers, true));
        }
    }

    private void report(int learnt, List<Row> scored, List<String> predicted) {
        List<String> gold = scored.stream().map(Row::gold).toList();
        Map<String, Double> f1 = f1(gold, predicted);
        double macro = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<String> goldIptc = gold.stream().map(t -> taxonomy.get(t).iptc()).toList();
        List<String> predictedIptc = predicted.stream().map(t -> taxonomy.get(t).iptc()).toList();
        double macroIptc = f1(goldIptc, predictedIptc).values().stream().mapToDouble(Double::doubleValue)
                .average().orElse(0);
        long missing = predicted.stream().filter(p -> p == null || p.isEmpty()).count();
        System.out.printf("learnt %3d: topic macro-F1 %.3f  (IPTC top level %.3f)  articles without topic %d%n",
                learnt, macro, macroIptc, missing);
        System.out.println("  per topic: " + f1.entrySet().stream()
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        Map<String, Integer> confusions = new TreeMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!gold.get(i).equals(predicted.get(i))) {
                confusions.merge(gold.get(i) + " -> " + predicted.get(i), 1, Integer::sum);
            }
        }
        System.out.println("  top confusions: " + confusions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private static double accuracy(List<Row> scored, List<String> predicted, List<TopicClassifier.Scored> answers,
            boolean unsure) {
        int right = 0;
        int all = 0;
        for (int i = 0; i < scored.size(); i++) {
            if ((answers.get(i).confidence() < 0.2) == unsure) {
                all++;
                right += scored.get(i).gold().equals(predicted.get(i)) ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }

    /** F1 per gold label; a prediction outside the gold labels is a miss of its row's label. */
    private static Map<String, Double> f1(List<String> gold, List<String> predicted) {
        Map<String, Double> f1 = new TreeMap<>();
        for (String label : new TreeSet<>(gold)) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = predicted.get(i).equals(label);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            f1.put(label, tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn));
        }
        return f1;
    }

    private List<Row> rows(String file, String labelField, Map<String, String> mapping, Segmenter segmenter)
            throws IOException {
        Path cache = Path.of("target", "topic-bench", file + ".tokens");
        Map<String, String[]> cached = new TreeMap<>();
        if (Files.exists(cache)) {
            for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t", -1);
                cached.put(cols[0], new String[] {cols[1], cols[2]});
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String json : Files.readAllLines(DATASETS.resolve(file), StandardCharsets.UTF_8)) {
            JsonNode node = EventCodec.mapper().readTree(json);
            String id = node.get("id").asString();
            String[] tokens = cached.get(id);
            if (tokens == null) {
                tokens = new String[] {encode(segmenter.tokens(text(node, "title"))),
                        encode(segmenter.tokens(text(node, "text")))};
            }
            lines.add(id + "\t" + tokens[0] + "\t" + tokens[1]);
            List<String> gold = List.of(mapping.get(node.get(labelField).asString()).split("\\|"));
            rows.add(new Row(id, gold.get(0), Set.copyOf(gold), TopicEvidence.of(decode(tokens[0]), decode(tokens[1]))));
        }
        if (cached.size() != rows.size()) {
            Files.createDirectories(cache.getParent());
            Files.write(cache, lines, StandardCharsets.UTF_8);
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static String encode(List<Token> tokens) {
        return tokens.stream().map(t -> t.word().replaceAll("[\\s\u0001\u0002]", "") + "\u0002" + t.pos())
                .collect(Collectors.joining("\u0001"));
    }

    private static List<Token> decode(String encoded) {
        if (encoded.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = new ArrayList<>();
        for (String token : encoded.split("\u0001")) {
            String[] parts = token.split("\u0002", -1);
            tokens.add(new Token(parts[0], parts.length > 1 ? parts[1] : "x"));
        }
        return tokens;
    }

    /** @param accepted the gold topic and the finer topics its label also covers */
    private record Row(String id, String gold, Set<String> accepted, TopicEvidence evidence) {
    }
}
