package io.newsflow.enrich.admin;

import io.newsflow.enrich.category.OperatorExamples;
import io.newsflow.enrich.category.Taxonomy;
import io.newsflow.enrich.category.TopicClassifier;
import io.newsflow.enrich.pipeline.TopicCorrections;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.TopicExampleRecorded;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The topic classifier's operator endpoints: labelled examples posted as NDJSON, an article's topic corrected (or
 * the correction withdrawn), and what the model holds. Examples are accepted (202) only once the examples log
 * acknowledged them; a body with any bad line is refused whole, naming every bad line.
 */
@RestController
class ClassifierController {

    private final AdminToken token;
    private final OperatorExamples examples;
    private final TopicCorrections corrections;
    private final TopicClassifier classifier;

    ClassifierController(AdminToken token, OperatorExamples examples, TopicCorrections corrections,
            TopicClassifier classifier) {
        this.token = token;
        this.examples = examples;
        this.corrections = corrections;
        this.classifier = classifier;
    }

    @PostMapping(path = "/admin/classifier/examples",
            consumes = {"application/x-ndjson", "application/jsonl", "application/json", "text/plain"})
    ResponseEntity<Map<String, Object>> addExamples(@RequestBody(required = false) String body,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        authorize(authorization);
        ExampleLines lines = ExampleLines.read(body, examples.taxonomy());
        if (!lines.errors().isEmpty()) {
            throw AdminProblems.problem(HttpStatus.BAD_REQUEST, "Invalid examples",
                    "No example was recorded: fix these lines and post again.", Map.of("errors", lines.errors()));
        }
        if (lines.examples().isEmpty() || lines.examples().size() > ExampleLines.MAX_LINES) {
            throw AdminProblems.problem(HttpStatus.BAD_REQUEST, "Invalid examples", "Post 1 to "
                    + ExampleLines.MAX_LINES + " NDJSON lines {\"text\": …, \"topic\": …}, not "
                    + lines.examples().size() + ".", Map.of());
        }
        List<TopicExampleRecorded> recorded = examples.record(lines.examples());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("accepted", recorded.size(),
                "examples", recorded.stream().map(e -> Map.of("id", e.id(), "topic", e.topic())).toList(),
                "model", classifier.state()));
    }

    @GetMapping("/admin/classifier")
    Map<String, Object> model(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        authorize(authorization);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("model", classifier.state());
        model.put("topics", examples.taxonomy().entries().stream()
                .map(e -> Map.of("code", e.code(), "label", e.label(), "english", e.english())).toList());
        return model;
    }

    /** What the model answers for a text, without enriching or publishing anything: an operator's check. */
    @PostMapping(path = "/admin/classifier/classify", consumes = "application/json")
    Map<String, Object> classify(@RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        authorize(authorization);
        Map<String, Object> request = body == null ? Map.of() : body;
        request.keySet().stream().filter(k -> !k.equals("title") && !k.equals("text")).findFirst().ifPresent(k -> {
            throw AdminProblems.problem(HttpStatus.BAD_REQUEST, "Unknown field",
                    "Unknown field '" + k + "': send {\"title\": …, \"text\": …}.", Map.of());
        });
        String title = String.valueOf(request.getOrDefault("title", ""));
        String text = String.valueOf(request.getOrDefault("text", ""));
        TopicClassifier.Scored scored = classifier.classify(examples.evidence(title, text));
        return Map.of("topic", scored.topic().topic(), "confidence", scored.confidence(),
                "model", classifier.state().digest());
    }

    @PutMapping("/admin/articles/{id}/topic")
    Map<String, Object> correct(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        authorize(authorization);
        Map<String, Object> request = body == null ? Map.of() : body;
        Optional<String> unknown = request.keySet().stream().filter(k -> !k.equals("topic")).findFirst();
        if (unknown.isPresent()) {
            throw AdminProblems.problem(HttpStatus.BAD_REQUEST, "Unknown field",
                    "Unknown field '" + unknown.get() + "': send {\"topic\": \"<code or label>\"}.", Map.of());
        }
        Object named = request.get("topic");
        Taxonomy.Entry topic = examples.taxonomy().find(named == null ? null : named.toString())
                .orElseThrow(() -> AdminProblems.problem(HttpStatus.BAD_REQUEST, "Unknown topic",
                        "'" + named + "' is not a topic of the taxonomy (see GET /admin/classifier).", Map.of()));
        return view(corrections.correct(id, topic), id);
    }

    @DeleteMapping("/admin/articles/{id}/topic")
    Map<String, Object> withdraw(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        authorize(authorization);
        return view(corrections.withdraw(id), id);
    }

    private void authorize(String authorization) {
        if (!token.accepts(authorization)) {
            throw AdminProblems.unauthorized();
        }
    }

    private static Map<String, Object> view(Optional<ArticleEnriched> article, String id) {
        ArticleEnriched enriched = article.orElseThrow(() -> AdminProblems.problem(HttpStatus.NOT_FOUND,
                "Unknown article", "No enriched article has the id '" + id + "'.", Map.of()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", enriched.id());
        view.put("topic", enriched.topic());
        view.put("topicConfidence", enriched.topicConfidence());
        view.put("topicAssignedBy", enriched.topicAssignedBy());
        return view;
    }
}
