package io.newsflow.enrich.similar;

import java.util.Arrays;

/**
 * Sums of keyword-weight products per candidate, addressed by index slot: an array reused from one article to the
 * next and cleared by a generation stamp instead of a fill, so scoring allocates nothing per candidate. Stamp and
 * sum of a slot sit side by side, one cache line for both.
 */
final class DotProducts {

    private long[] cells = new long[0];
    private int[] candidates = new int[64];
    private int count;
    private long stamp;

    /** Forgets the previous article's sums; slots range over [0, slotCount). */
    void reset(int slotCount) {
        if (cells.length < 2 * slotCount) {
            cells = Arrays.copyOf(cells, Math.max(2 * slotCount, cells.length * 2));
        }
        stamp++;
        count = 0;
    }

    void add(int slot, double product) {
        int at = 2 * slot;
        if (cells[at] != stamp) {
            cells[at] = stamp;
            cells[at + 1] = Double.doubleToRawLongBits(product);
            if (count == candidates.length) {
                candidates = Arrays.copyOf(candidates, count * 2);
            }
            candidates[count++] = slot;
        } else {
            cells[at + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(cells[at + 1]) + product);
        }
    }

    /** Candidates in the order they were first seen. */
    int count() {
        return count;
    }

    int candidate(int i) {
        return candidates[i];
    }

    double dot(int slot) {
        return Double.longBitsToDouble(cells[2 * slot + 1]);
    }
}
