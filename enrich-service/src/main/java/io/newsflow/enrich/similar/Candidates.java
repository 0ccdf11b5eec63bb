package io.newsflow.enrich.similar;

import java.util.Arrays;

/**
 * The related articles found for the article being placed, as index slots and rounded scores in no particular
 * order. Reused from one article to the next: most candidates are only looked at once, and an object for each
 * would be garbage a few microseconds later.
 */
final class Candidates {

    private int[] slots = new int[64];
    private double[] scores = new double[64];
    private int count;

    void clear() {
        count = 0;
    }

    void add(int slot, double score) {
        if (count == slots.length) {
            slots = Arrays.copyOf(slots, count * 2);
            scores = Arrays.copyOf(scores, count * 2);
        }
        slots[count] = slot;
        scores[count] = score;
        count++;
    }

    int count() {
        return count;
    }

    int slot(int i) {
        return slots[i];
    }

    double score(int i) {
        return scores[i];
    }
}
