package io.newsflow.ingest.source;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SeenItemStore} in a map, for tests without MongoDB. */
public final class InMemorySeenItems implements SeenItemStore {

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    @Override
    public Optional<String> fingerprint(String sourceId, String key) {
        return Optional.ofNullable(fingerprints.get(sourceId + "\n" + key));
    }

    @Override
    public void remember(String sourceId, String key, String fingerprint) {
        fingerprints.put(sourceId + "\n" + key, fingerprint);
    }

    @Override
    public void forgetAll(String sourceId) {
        fingerprints.keySet().removeIf(key -> key.startsWith(sourceId + "\n"));
    }

    public int size() {
        return fingerprints.size();
    }
}
