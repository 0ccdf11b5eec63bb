package io.newsflow.bench;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;

/** The floor the NLP sets: bare HanLP segmentation and TextRank keywords of the same pages, one thread. */
final class HanlpFloor {

    private HanlpFloor() {
    }

    /** Per-article milliseconds and articles per second, after a warm-up pass over the same texts. */
    static Result run(List<String> texts) {
        for (String text : texts) {
            analyse(text);
        }
        List<Double> millis = new ArrayList<>();
        long start = System.nanoTime();
        for (String text : texts) {
            long t0 = System.nanoTime();
            analyse(text);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        return new Result(Percentiles.ofMillis(millis), texts.size() / ((System.nanoTime() - start) / 1e9));
    }

    private static int analyse(String text) {
        return HanLP.segment(text).size() + HanLP.extractKeyword(text, 10).size();
    }

    record Result(Percentiles perArticle, double perSecond) {
    }
}
