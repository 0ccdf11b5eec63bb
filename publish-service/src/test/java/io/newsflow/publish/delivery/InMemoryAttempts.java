package io.newsflow.publish.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Attempts in a list, for unit tests and the benchmark. */
public final class InMemoryAttempts implements AttemptLog {
    private final List<Attempt> all = new CopyOnWriteArrayList<>();

    @Override
    public void recordAll(List<Attempt> attempts) {
        all.addAll(attempts);
    }

    @Override
    public List<Attempt> recent(String id, int limit) {
        List<Attempt> mine = new ArrayList<>(all.stream().filter(a -> a.subscriptionId().equals(id)).toList());
        java.util.Collections.reverse(mine);
        return mine.stream().limit(limit).toList();
    }
}
