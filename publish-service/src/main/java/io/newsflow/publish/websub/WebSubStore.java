package io.newsflow.publish.websub;

import java.util.List;
import java.util.Optional;

/** Outbound port: verified hub subscriptions, one per (callback, topic). */
public interface WebSubStore {

    /** Creates or renews. */
    void save(WebSubSubscription subscription);

    void delete(String callback, String topic);

    Optional<WebSubSubscription> find(String callback, String topic);

    /** Every subscription; hub subscriptions are few (one per subscriber feed). */
    List<WebSubSubscription> all();
}
