package io.newsflow.enrich.similar;

import io.newsflow.enrich.nlp.SimHash;
import io.newsflow.model.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Related articles the way Lucene's MoreLikeThis finds them: the article's keywords are the query, the
 * postings of each keyword give the candidates, the score is the cosine of the keyword weights, here damped by
 * the time between the two articles. Near-duplicates and copies are never related articles: they are the same.
 * A full index gives a couple of thousand candidates per article: they are scored and mostly dropped from the
 * primitive arrays of {@link Slots}; an article's object is read only when it may make a list.
 */
final class Recommender {

    private static final double MIN_SCORE = 0.05;
    private static final int REASONS = 3;
    private static final Comparator<Scored> STRONGEST_FIRST =
            Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.article().id);

    private final SimilarityProperties properties;
    private final DotProducts dots = new DotProducts();
    private final Candidates candidates = new Candidates();

    Recommender(SimilarityProperties properties) {
        this.properties = properties;
    }

    /**
     * Every related article, copies included: copies list related articles of their own and receive updates,
     * though they are never recommended. The result is valid until the next call.
     */
    Candidates score(IndexedArticle article, ArticleIndex index) {
        Slots slots = index.slots();
        dots.reset(slots.count());
        article.terms.forEach((term, weight) -> {
            Postings postings = index.postingsOf(term);
            for (int i = 0; postings != null && i < postings.size(); i++) {
                dots.add(postings.slot(i), weight * postings.weight(i));
            }
        });
        candidates.clear();
        for (int i = 0; i < dots.count(); i++) {
            int slot = dots.candidate(i);
            double cosine = dots.dot(slot) / (article.norm * slots.norm(slot));
            // Recency is at most 1, so a cosine below the minimum cannot score above it.
            if (cosine < MIN_SCORE || isCopy(article.simhash, slots.simhash(slot))) {
                continue;
            }
            double score = cosine * recency(article.millis, slots.millis(slot));
            if (score >= MIN_SCORE && !isSameStory(article, slots, slot)) {
                candidates.add(slot, Math.round(score * 1000) / 1000.0);
            }
        }
        return candidates;
    }

    /** The strongest related articles; copies are left out: their canonical article stands for them. */
    List<Recommendation> top(IndexedArticle article, Candidates scored, Slots slots) {
        int size = properties.recommendations();
        List<Scored> best = new ArrayList<>(size + 1);
        for (int i = 0; i < scored.count(); i++) {
            boolean full = best.size() == size;
            if (slots.isCopy(scored.slot(i)) || full && (size == 0 || scored.score(i) < best.get(size - 1).score())) {
                continue;
            }
            Scored s = new Scored(slots.at(scored.slot(i)), scored.score(i));
            int at = best.size();
            while (at > 0 && STRONGEST_FIRST.compare(s, best.get(at - 1)) < 0) {
                at--;
            }
            if (at < size) {
                best.add(at, s);
                if (best.size() > size) {
                    best.remove(size);
                }
            }
        }
        return best.stream()
                .map(s -> new Recommendation(s.article().id, s.article().title, s.score(),
                        reasons(article, s.article())))
                .toList();
    }

    /** Puts the new article into the lists of older articles it fits better than their weakest entry. */
    void updateOthers(IndexedArticle article, Candidates scored, Slots slots, Set<String> touched) {
        if (article.duplicateOf() != null) {
            return;
        }
        // Whether the article fits into a list does not depend on the order: rank only those that fit, in a heap
        // rather than a sort, since only the strongest few are taken before the bound on touched articles.
        PriorityQueue<Scored> strongest = new PriorityQueue<>(STRONGEST_FIRST);
        for (int i = 0; i < scored.count(); i++) {
            if (fits(article.id, scored.score(i), slots, scored.slot(i))) {
                strongest.add(new Scored(slots.at(scored.slot(i)), scored.score(i)));
            }
        }
        while (!strongest.isEmpty() && touched.size() < properties.maxTouched()) {
            Scored s = strongest.poll();
            IndexedArticle other = s.article();
            List<Recommendation> list = new ArrayList<>(other.recommendations());
            list.removeIf(r -> r.articleId().equals(article.id));
            list.add(new Recommendation(article.id, article.title, s.score(), reasons(other, article)));
            list.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                    .thenComparing(Recommendation::articleId));
            int keep = Math.min(list.size(), properties.recommendations());
            List<Recommendation> kept = List.copyOf(list.subList(0, keep));
            if (!kept.equals(other.recommendations())) {
                other.recommend(kept);
                touched.add(other.id);
            }
        }
    }

    /**
     * Whether the article would enter the list of the one in the slot: the list has room, holds a weaker entry,
     * or lists this article already. Most candidates fit nowhere: decide that before building anything.
     */
    private boolean fits(String id, double score, Slots slots, int slot) {
        if (slots.listed(slot) < properties.recommendations() || slots.weakest(slot) < score) {
            return true;
        }
        return slots.mayList(slot, id)
                && slots.at(slot).recommendations().stream().anyMatch(r -> r.articleId().equals(id));
    }

    /**
     * The article itself, or a copy of the same story. The article being placed is not in the index yet and ids
     * are unique in it, so while neither is a copy, being the same is having the same slot: no id is compared.
     */
    private static boolean isSameStory(IndexedArticle article, Slots slots, int slot) {
        if (article.duplicateOf() == null && !slots.isCopy(slot)) {
            return slot == article.slot;
        }
        IndexedArticle other = slots.at(slot);
        return other.id.equals(article.id) || other.canonicalId().equals(article.canonicalId());
    }

    private boolean isCopy(long simhash, long other) {
        return SimHash.distance(simhash, other) <= properties.maxDistance();
    }

    private double recency(long a, long b) {
        double apart = Math.abs(a - b);
        return Math.pow(0.5, apart / properties.halfLife().toMillis());
    }

    private static List<String> reasons(IndexedArticle a, IndexedArticle b) {
        return a.terms.keySet().stream().filter(b.terms::containsKey)
                .sorted(Comparator.comparingDouble((String t) -> -a.terms.get(t) * b.terms.get(t))
                        .thenComparing(t -> t))
                .limit(REASONS).map(a.surfaces::get).toList();
    }

    record Scored(IndexedArticle article, double score) {
    }
}
