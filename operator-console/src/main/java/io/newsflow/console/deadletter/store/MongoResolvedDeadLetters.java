package io.newsflow.console.deadletter.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.newsflow.console.deadletter.DeadLetter;
import io.newsflow.console.deadletter.ResolvedDeadLetters;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code resolved_dead_letters} in the console's database, keyed by {@code topic/partition/offset}: lookups go by
 * {@code _id} only, the one index the Mongo-wire stand-in really uses.
 */
@Component
class MongoResolvedDeadLetters implements ResolvedDeadLetters {

    static final String COLLECTION = "resolved_dead_letters";

    private final MongoTemplate mongo;

    MongoResolvedDeadLetters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<String> resolved(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        mongo.getCollection(COLLECTION).find(Filters.in("_id", List.copyOf(ids)))
                .projection(new Document("_id", 1)).forEach(document -> found.add(document.getString("_id")));
        return found;
    }

    @Override
    public void record(DeadLetter deadLetter, Resolution resolution) {
        Document document = new Document("_id", deadLetter.id())
                .append("topic", deadLetter.view().topic())
                .append("partition", deadLetter.view().partition())
                .append("offset", deadLetter.view().offset())
                .append("key", deadLetter.view().key())
                .append("resolution", resolution.name())
                .append("replayedTo", resolution == Resolution.REPLAYED ? deadLetter.sourceTopic() : null)
                .append("at", new Date());
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", deadLetter.id()), document,
                new ReplaceOptions().upsert(true));
    }
}
