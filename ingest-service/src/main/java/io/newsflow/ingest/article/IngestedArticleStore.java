package io.newsflow.ingest.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Outbound port: what ingest remembers of each article, for dedupe, versions and lookups. */
public interface IngestedArticleStore {

    Optional<IngestedArticle> find(String id);

    /** The records of those of the ids that have one, in one round trip where the store can. */
    default Map<String, IngestedArticle> findAll(Collection<String> ids) {
        Map<String, IngestedArticle> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(article -> found.put(id, article)));
        return found;
    }

    void saveAll(Collection<IngestedArticle> articles);
}
