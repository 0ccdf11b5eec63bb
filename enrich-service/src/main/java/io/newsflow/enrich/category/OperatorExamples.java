package io.newsflow.enrich.category;

import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.model.TopicExampleRecorded;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Labelled examples an operator supplies, and an operator's correction of one article's topic: both become
 * examples of the log every instance learns from. A posted example's id is the hash of its text, so posting the
 * same text again (with another topic) replaces it; a correction's id is its article's.
 */
@Service
public class OperatorExamples {

    private final Segmenter segmenter;
    private final Taxonomy taxonomy;
    private final TopicExampleLog log;
    private final Clock clock;

    OperatorExamples(Segmenter segmenter, Taxonomy taxonomy, TopicExampleLog log, Clock clock) {
        this.segmenter = segmenter;
        this.taxonomy = taxonomy;
        this.log = log;
        this.clock = clock;
    }

    /** Appends the examples (topics already checked with {@link Taxonomy#find}) and returns what was recorded. */
    public List<TopicExampleRecorded> record(List<LabelledText> texts) {
        List<TopicExampleChange> changes = new ArrayList<>(texts.size());
        for (LabelledText text : texts) {
            String id = "operator:" + sha256(text.title() + "\n" + text.text());
            TopicEvidence evidence = evidence(text.title(), text.text());
            changes.add(new TopicExampleChange(id, new TopicExampleRecorded(id, text.topic().code(), evidence.words(),
                    text.title().isEmpty() ? text.text() : text.title() + "\n" + text.text(),
                    TopicExampleRecorded.Kind.OPERATOR, null, clock.instant())));
        }
        log.append(changes);
        return changes.stream().map(TopicExampleChange::example).toList();
    }

    /** Records that the article is about the topic; its enrichment then names that topic, assigned by OPERATOR. */
    public void correct(String articleId, Taxonomy.Entry topic, TopicEvidence evidence) {
        String id = correctionId(articleId);
        log.append(List.of(new TopicExampleChange(id, new TopicExampleRecorded(id, topic.code(), evidence.words(),
                null, TopicExampleRecorded.Kind.CORRECTION, articleId, clock.instant()))));
    }

    /** Withdraws an operator's correction of the article; its topic is found again from its signals. */
    public void withdrawCorrection(String articleId) {
        log.append(List.of(new TopicExampleChange(correctionId(articleId), null)));
    }

    public TopicEvidence evidence(String title, String text) {
        return TopicEvidence.of(segmenter.tokens(title), segmenter.tokens(text));
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    static String correctionId(String articleId) {
        return "correction:" + articleId;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An operator's example: a text (with an optional headline) and the topic it is about. */
    public record LabelledText(String title, String text, Taxonomy.Entry topic) {

        public LabelledText {
            title = title == null ? "" : title.strip();
            text = text == null ? "" : text.strip();
        }
    }
}
