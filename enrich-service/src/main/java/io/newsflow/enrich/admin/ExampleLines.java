package io.newsflow.enrich.admin;

import io.newsflow.enrich.category.OperatorExamples.LabelledText;
import io.newsflow.enrich.category.Taxonomy;
import io.newsflow.model.EventCodec;
import io.newsflow.support.json.UnknownFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an NDJSON body of labelled examples, one {@code {"text": …, "topic": …}} per line (an optional
 * {@code "title"} too), strictly: every line that is not such an object is reported with its number and why, and
 * a misspelt field is named with the field it was probably meant to be.
 */
final class ExampleLines {

    static final int MAX_LINES = 10_000;
    private static final Set<String> FIELDS = Set.of("text", "title", "topic");
    private static final int MAX_ERRORS = 20;

    private final List<LabelledText> examples = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private ExampleLines() {
    }

    static ExampleLines read(String body, Taxonomy taxonomy) {
        ExampleLines read = new ExampleLines();
        String[] lines = body == null ? new String[0] : body.split("\r?\n");
        for (int i = 0; i < lines.length && read.errors.size() < MAX_ERRORS; i++) {
            if (!lines[i].isBlank()) {
                read.line(i + 1, lines[i], taxonomy);
            }
        }
        return read;
    }

    List<LabelledText> examples() {
        return examples;
    }

    List<String> errors() {
        return errors;
    }

    private void line(int number, String line, Taxonomy taxonomy) {
        JsonNode node;
        try {
            node = EventCodec.mapper().readTree(line);
        } catch (JacksonException e) {
            errors.add("line " + number + ": not JSON (" + e.getOriginalMessage() + ")");
            return;
        }
        if (!node.isObject()) {
            errors.add("line " + number + ": must be a JSON object {\"text\": …, \"topic\": …}");
            return;
        }
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                errors.add("line " + number + ": " + UnknownFields.describe(field, FIELDS));
                return;
            }
        }
        String text = string(node, "text");
        String title = string(node, "title");
        if (text.isBlank() && title.isBlank()) {
            errors.add("line " + number + ": 'text' is missing or empty");
            return;
        }
        Optional<Taxonomy.Entry> topic = taxonomy.find(string(node, "topic"));
        if (topic.isEmpty()) {
            errors.add("line " + number + ": 'topic' " + (string(node, "topic").isBlank() ? "is missing"
                    : "'" + string(node, "topic") + "' is not a topic of the taxonomy (see GET /admin/classifier)"));
            return;
        }
        examples.add(new LabelledText(title, text, topic.get()));
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
