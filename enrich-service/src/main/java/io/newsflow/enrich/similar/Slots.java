package io.newsflow.enrich.similar;

import io.newsflow.model.Recommendation;
import java.util.Arrays;
import java.util.List;

/**
 * The indexed articles by slot number, and beside them what scoring reads of every candidate: norm, SimHash,
 * time, whether it is a copy, and a summary of its recommendation list. These sit together in one 64-byte run of
 * a long array per slot, so that a candidate costs one cache line, not a walk through its object and lists: at
 * 100k articles nearly every candidate is a miss. Slots are reused after their article leaves. The article
 * writes its changes through ({@link #refresh}).
 */
final class Slots {

    private static final int STRIDE = 8;
    private static final int NORM = 0;
    private static final int SIMHASH = 1;
    private static final int MILLIS = 2;
    private static final int COPY = 3;
    private static final int LISTED = 4;
    private static final int WEAKEST = 5;
    private static final int LISTED_IDS = 6;

    private IndexedArticle[] articles = new IndexedArticle[64];
    private long[] fields = new long[64 * STRIDE];
    private int[] free = new int[16];
    private int freeCount;
    private int count;

    /** Gives the article a slot. */
    void take(IndexedArticle article) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (count == articles.length) {
                articles = Arrays.copyOf(articles, count * 2);
                fields = Arrays.copyOf(fields, count * 2 * STRIDE);
            }
            slot = count++;
        }
        articles[slot] = article;
        int at = slot * STRIDE;
        fields[at + NORM] = Double.doubleToRawLongBits(article.norm);
        fields[at + SIMHASH] = article.simhash;
        fields[at + MILLIS] = article.millis;
        article.slot = slot;
        article.slots = this;
        refresh(article);
    }

    void release(IndexedArticle article) {
        articles[article.slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = article.slot;
        article.slot = -1;
        article.slots = null;
    }

    /** Copies the article's duplicate and recommendation state into its fields. */
    void refresh(IndexedArticle article) {
        List<Recommendation> list = article.recommendations();
        double min = Double.POSITIVE_INFINITY;
        long ids = 0;
        for (Recommendation recommendation : list) {
            min = Math.min(min, recommendation.score());
            ids |= idBit(recommendation.articleId());
        }
        int at = article.slot * STRIDE;
        fields[at + COPY] = article.duplicateOf() == null ? 0 : 1;
        fields[at + LISTED] = list.size();
        fields[at + WEAKEST] = Double.doubleToRawLongBits(min);
        fields[at + LISTED_IDS] = ids;
    }

    IndexedArticle at(int slot) {
        return articles[slot];
    }

    /** One more than the highest slot in use so far. */
    int count() {
        return count;
    }

    double norm(int slot) {
        return Double.longBitsToDouble(fields[slot * STRIDE + NORM]);
    }

    long simhash(int slot) {
        return fields[slot * STRIDE + SIMHASH];
    }

    long millis(int slot) {
        return fields[slot * STRIDE + MILLIS];
    }

    boolean isCopy(int slot) {
        return fields[slot * STRIDE + COPY] != 0;
    }

    /** How many related articles the article in the slot lists. */
    int listed(int slot) {
        return (int) fields[slot * STRIDE + LISTED];
    }

    /** The lowest score in its list, infinite when empty. */
    double weakest(int slot) {
        return Double.longBitsToDouble(fields[slot * STRIDE + WEAKEST]);
    }

    /** False when the id is certainly not in its list; true when it may be (a 64-bit Bloom filter). */
    boolean mayList(int slot, String id) {
        return (fields[slot * STRIDE + LISTED_IDS] & idBit(id)) != 0;
    }

    private static long idBit(String id) {
        int hash = id.hashCode();
        return 1L << (hash ^ hash >>> 16);
    }
}
