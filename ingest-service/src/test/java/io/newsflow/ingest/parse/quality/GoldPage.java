package io.newsflow.ingest.parse.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One page of the dev set with the labels the benchmark scores against (see the dataset's README). */
record GoldPage(String file, String url, boolean newsLabelled, String title, String source, Optional<GoldDates.Gold> date,
        String author, boolean hasBody, String bodyStart, String bodyEnd, int bodyChars, List<String> bodyContains,
        List<String> bodyExcludes) {

    static List<GoldPage> load(Path dataset) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<GoldPage> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dataset.resolve("expected.jsonl"))) {
            if (!line.isBlank()) {
                pages.add(of(json.readTree(line)));
            }
        }
        return pages;
    }

    private static GoldPage of(JsonNode r) {
        boolean labelled = "newsflow-dev".equals(text(r, "labelled_by"));
        List<String> fields = strings(r.path("gt_fields"));
        return new GoldPage(text(r, "file"), text(r, "url"), labelled, labelled ? text(r, "title_label") : null,
                labelled ? text(r, "source_label") : null, date(r, labelled),
                fields.contains("author") ? text(r, "author") : null, fields.contains("body"),
                text(r, "body_start"), text(r, "body_end"), r.path("body_chars").asInt(0),
                strings(r.path("body_contains")), strings(r.path("body_excludes")));
    }

    /**
     * The page's own meta line where the page was labelled for this project; the peer's ISO value when it names
     * the same day, since it carries the offset; otherwise the peer's label.
     */
    private static Optional<GoldDates.Gold> date(JsonNode r, boolean labelled) {
        Optional<GoldDates.Gold> peer = GoldDates.parse(text(r, "publishedAt"));
        if (!labelled) {
            return peer;
        }
        Optional<GoldDates.Gold> label = GoldDates.parse(text(r, "published_label"));
        if (label.isPresent() && peer.isPresent() && peer.get().time() != null && peer.get().zone() instanceof java.time.ZoneOffset
                && label.get().year() == peer.get().year() && label.get().month() == peer.get().month()
                && label.get().day() == peer.get().day()) {
            return peer;
        }
        return label;
    }

    private static String text(JsonNode r, String field) {
        JsonNode node = r.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
