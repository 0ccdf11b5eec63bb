package io.newsflow.ingest.article;

import java.util.Collection;
import java.util.Optional;

/** Outbound port: what ingest remembers of each article, for dedupe, versions and lookups. */
public interface IngestedArticleStore {

    Optional<IngestedArticle> find(String id);

    void saveAll(Collection<IngestedArticle> articles);
}
