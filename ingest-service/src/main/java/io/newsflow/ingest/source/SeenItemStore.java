package io.newsflow.ingest.source;

import java.util.Optional;

/**
 * What each source has already handled, by entry key (URL, guid, file name), with a fingerprint of the version
 * handled (ETag, lastmod, size and mtime) so that a changed entry is picked up again and a restart re-ingests
 * nothing.
 */
public interface SeenItemStore {

    Optional<String> fingerprint(String sourceId, String key);

    void remember(String sourceId, String key, String fingerprint);

    void forgetAll(String sourceId);
}
