package io.newsflow.enrich.similar;

import io.newsflow.enrich.nlp.SimHash;
import io.newsflow.model.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Related articles the way Lucene's MoreLikeThis finds them: the article's keywords are the query, the
 * postings of each keyword give the candidates, the score is the cosine of the keyword weights, here damped by
 * the time between the two articles. Near-duplicates and copies are never related articles: they are the same.
 */
final class Recommender {

    private static final double MIN_SCORE = 0.05;
    private static final int REASONS = 3;

    private final SimilarityProperties properties;

    Recommender(SimilarityProperties properties) {
        this.properties = properties;
    }

    /**
     * Every related article, strongest first, copies included: they list related articles of their own and
     * receive updates, though they are never recommended.
     */
    List<Scored> score(IndexedArticle article, ArticleIndex index) {
        Map<IndexedArticle, Double> dots = new HashMap<>();
        article.terms.forEach((term, weight) -> {
            for (IndexedArticle other : index.postings(term)) {
                dots.merge(other, weight * other.terms.get(term), Double::sum);
            }
        });
        List<Scored> scored = new ArrayList<>();
        dots.forEach((other, dot) -> {
            if (isCandidate(article, other)) {
                double score = dot / (article.norm * other.norm) * recency(article, other);
                if (score >= MIN_SCORE) {
                    scored.add(new Scored(other, Math.round(score * 1000) / 1000.0));
                }
            }
        });
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.article().id));
        return scored;
    }

    /** Copies are left out: their canonical article stands for them. */
    List<Recommendation> top(IndexedArticle article, List<Scored> scored) {
        return scored.stream().filter(s -> s.article().duplicateOf == null).limit(properties.recommendations())
                .map(s -> new Recommendation(s.article().id, s.article().title, s.score(),
                        reasons(article, s.article())))
                .toList();
    }

    /** Puts the new article into the lists of older articles it fits better than their weakest entry. */
    void updateOthers(IndexedArticle article, List<Scored> scored, Set<String> touched) {
        if (article.duplicateOf != null) {
            return;
        }
        for (Scored s : scored) {
            if (touched.size() >= properties.maxTouched()) {
                return;
            }
            IndexedArticle other = s.article();
            if (!fitsInto(other.recommendations, article.id, s.score())) {
                continue;
            }
            List<Recommendation> list = new ArrayList<>(other.recommendations);
            list.removeIf(r -> r.articleId().equals(article.id));
            list.add(new Recommendation(article.id, article.title, s.score(), reasons(other, article)));
            list.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                    .thenComparing(Recommendation::articleId));
            int keep = Math.min(list.size(), properties.recommendations());
            List<Recommendation> kept = List.copyOf(list.subList(0, keep));
            if (!kept.equals(other.recommendations)) {
                other.recommendations = kept;
                touched.add(other.id);
            }
        }
    }

    /** Most candidates fit nowhere: decide that before building anything. */
    private boolean fitsInto(List<Recommendation> list, String id, double score) {
        if (list.size() < properties.recommendations()) {
            return true;
        }
        for (Recommendation recommendation : list) {
            if (recommendation.articleId().equals(id) || recommendation.score() < score) {
                return true;
            }
        }
        return false;
    }

    private boolean isCandidate(IndexedArticle article, IndexedArticle other) {
        return !other.id.equals(article.id) && !other.canonicalId().equals(article.canonicalId())
                && SimHash.distance(article.simhash, other.simhash) > properties.maxDistance();
    }

    private double recency(IndexedArticle a, IndexedArticle b) {
        double apart = Math.abs(a.time.toEpochMilli() - b.time.toEpochMilli());
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
