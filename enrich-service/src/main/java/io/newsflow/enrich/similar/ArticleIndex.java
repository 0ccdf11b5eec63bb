package io.newsflow.enrich.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory index of recent articles. SimHash bands: the 64 bits split into four 16-bit bands, and two
 * hashes within 3 bits of each other agree exactly on at least one band (pigeonhole), so copies are found by
 * looking in four buckets instead of scanning. Postings: per term the most recent articles containing it,
 * capped, so the work per new article stays flat however large the corpus grows. The postings hold slot
 * numbers ({@link Slots}) instead of references. Not thread-safe: the caller serializes access.
 */
final class ArticleIndex {

    private static final int BANDS = 4;

    private final int postingsPerTerm;
    private final int maxArticles;
    private final LinkedHashMap<String, IndexedArticle> articles = new LinkedHashMap<>();
    private final Map<Integer, List<IndexedArticle>> bands = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();
    private final Slots slots = new Slots();

    ArticleIndex(int postingsPerTerm, int maxArticles) {
        this.postingsPerTerm = postingsPerTerm;
        this.maxArticles = maxArticles;
    }

    IndexedArticle get(String id) {
        return articles.get(id);
    }

    int size() {
        return articles.size();
    }

    void add(IndexedArticle article) {
        remove(article.id);
        articles.put(article.id, article);
        slots.take(article);
        for (int band = 0; band < BANDS; band++) {
            bands.computeIfAbsent(bandKey(article.simhash, band), k -> new ArrayList<>(2)).add(article);
        }
        article.terms.forEach((term, weight) ->
                postings.computeIfAbsent(term, t -> new Postings(postingsPerTerm)).add(article.slot, weight));
        if (articles.size() > maxArticles) {
            Iterator<String> oldest = articles.keySet().iterator();
            remove(oldest.next());
        }
    }

    void remove(String id) {
        IndexedArticle article = articles.remove(id);
        if (article == null) {
            return;
        }
        for (int band = 0; band < BANDS; band++) {
            int key = bandKey(article.simhash, band);
            List<IndexedArticle> bucket = bands.get(key);
            bucket.remove(article);
            if (bucket.isEmpty()) {
                bands.remove(key);
            }
        }
        for (String term : article.terms.keySet()) {
            Postings list = postings.get(term);
            if (list != null) {
                list.remove(article.slot);
                if (list.size() == 0) {
                    postings.remove(term);
                }
            }
        }
        slots.release(article);
    }

    /** Articles agreeing with the hash on at least one band: every one within 3 bits, and a few more. */
    List<IndexedArticle> bandCandidates(long simhash) {
        List<IndexedArticle> candidates = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            for (IndexedArticle article : bands.getOrDefault(bandKey(simhash, band), List.of())) {
                if (!candidates.contains(article)) {
                    candidates.add(article);
                }
            }
        }
        return candidates;
    }

    /** The postings of a term, or null when no indexed article has it. */
    Postings postingsOf(String term) {
        return postings.get(term);
    }

    /** The articles in a term's postings, oldest first. */
    List<IndexedArticle> postings(String term) {
        Postings list = postings.get(term);
        List<IndexedArticle> result = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            result.add(slots.at(list.slot(i)));
        }
        return result;
    }

    Slots slots() {
        return slots;
    }

    private static int bandKey(long simhash, int band) {
        return band << 16 | (int) (simhash >>> (band * 16)) & 0xffff;
    }
}
