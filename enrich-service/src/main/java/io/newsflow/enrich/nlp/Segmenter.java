package io.newsflow.enrich.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HanLP segmentation with part-of-speech tags and person, place and organisation recognition. Traditional
 * characters are converted to simplified first so that one dictionary serves both.
 */
@Component
public class Segmenter {

    private final Segment segment;

    public Segmenter() {
        segment = HanLP.newSegment()
                .enablePartOfSpeechTagging(true)
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(true);
    }

    public List<Token> tokens(String text) {
        List<Term> terms;
        synchronized (segment) {
            terms = segment.seg(HanLP.convertToSimplifiedChinese(text));
        }
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String word = term.word.strip();
            if (!word.isEmpty()) {
                tokens.add(new Token(word, term.nature == null ? "x" : term.nature.toString()));
            }
        }
        return tokens;
    }
}
