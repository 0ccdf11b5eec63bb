package io.newsflow.enrich.nlp;

import io.newsflow.model.Keyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Extractive summary an editor would keep: the lead's first sentence, because news puts the essentials
 * there, and the two sentences that carry most keyword weight, favouring early paragraphs, all in document
 * order. Headings, datelines, credits and image captions are never candidates, and a 导语 label is dropped.
 */
@Component
public class Summarizer {

    private static final int SENTENCES = 3;
    private static final int MIN_LENGTH = 8;
    // How fast a later paragraph loses weight: the sixth counts half as much as the lead.
    private static final double POSITION_DECAY = 0.2;
    private static final double BASE_SCORE = 0.01;

    private record Sentence(String text, int paragraph) {
    }

    public String summarize(String body, List<Keyword> keywords) {
        List<Sentence> candidates = candidates(body);
        if (candidates.isEmpty()) {
            return "";
        }
        double[] scores = candidates.stream().mapToDouble(s -> score(s, keywords)).toArray();
        List<Integer> chosen = new ArrayList<>(List.of(0));
        IntStream.range(1, candidates.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i))
                .filter(i -> chosen.stream().noneMatch(c -> candidates.get(c).text().equals(candidates.get(i).text())))
                .limit(SENTENCES - 1)
                .forEach(chosen::add);
        return join(chosen.stream().sorted().map(i -> SentenceSplitter.cap(candidates.get(i).text())).toList());
    }

    /** Every sentence of the body, in order, headings and credits included. */
    static List<String> sentences(String body) {
        return body.lines().map(String::strip).filter(line -> !line.isEmpty())
                .flatMap(line -> sentencesOf(line).stream()).toList();
    }

    /** The story's sentences, each with the rank of its paragraph among the paragraphs that have any. */
    private static List<Sentence> candidates(String body) {
        List<Sentence> candidates = new ArrayList<>();
        int paragraph = 0;
        for (String line : body.lines().toList()) {
            String text = line.strip();
            if (text.isEmpty() || NewsLines.isMeta(text)) {
                continue;
            }
            text = NewsLines.stripLabel(NewsLines.stripDateline(NewsLines.stripLabel(text)));
            if (text.isEmpty() || NewsLines.isHeading(text)) {
                continue;
            }
            List<String> story = sentencesOf(text).stream().filter(s -> !NewsLines.isMeta(s)).toList();
            for (String sentence : story) {
                candidates.add(new Sentence(sentence, paragraph));
            }
            paragraph += story.isEmpty() ? 0 : 1;
        }
        return candidates;
    }

    /** A paragraph's sentences, a fragment too short to stand alone ("他说。") joined to the one before. */
    private static List<String> sentencesOf(String paragraph) {
        List<String> sentences = new ArrayList<>();
        String pending = "";
        for (String fragment : SentenceSplitter.split(paragraph)) {
            if (NewsLines.isMeta(fragment)) {
                sentences.add(fragment);
            } else if (fragment.length() < MIN_LENGTH && !sentences.isEmpty()) {
                int last = sentences.size() - 1;
                sentences.set(last, sentences.get(last) + fragment);
            } else if (pending.length() + fragment.length() < MIN_LENGTH) {
                pending += fragment;
            } else {
                sentences.add(pending + fragment);
                pending = "";
            }
        }
        return sentences;
    }

    private static double score(Sentence sentence, List<Keyword> keywords) {
        String text = sentence.text().toLowerCase(Locale.ROOT);
        double weight = 0;
        for (Keyword keyword : keywords) {
            if (text.contains(keyword.term().toLowerCase(Locale.ROOT))) {
                weight += keyword.weight();
            }
        }
        double prior = 1 / (1 + POSITION_DECAY * sentence.paragraph());
        return (weight / Math.sqrt(text.length()) + BASE_SCORE) * prior;
    }

    /** Chinese sentences follow one another directly; English ones, or a switch of script, take a space. */
    private static String join(List<String> sentences) {
        StringBuilder summary = new StringBuilder();
        for (String sentence : sentences) {
            boolean spaced = !summary.isEmpty() && (summary.charAt(summary.length() - 1) < 0x80
                    || sentence.charAt(0) < 0x80);
            summary.append(spaced ? " " : "").append(sentence);
        }
        return summary.toString();
    }
}
