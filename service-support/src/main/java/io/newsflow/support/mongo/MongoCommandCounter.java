package io.newsflow.support.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code newsflow_mongodb_commands_total{command,collection}}: every command this process sends to MongoDB (one round trip
 * each: a bulk write is one {@code insert} or {@code update}, a cursor's next batch one {@code getMore}), so what
 * the store costs per article or per delivery can be read off the metric and compared across services.
 */
public class MongoCommandCounter implements CommandListener {

    public static final String METER = "newsflow.mongodb.commands";

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public MongoCommandCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        String collection = collection(command, event.getCommand());
        counters.computeIfAbsent(command + " " + collection, key -> Counter.builder(METER).tag("command", command)
                .tag("collection", collection).description("Commands sent to MongoDB, each one round trip")
                .register(meters)).increment();
    }

    /** CRUD commands name their collection as their first value; getMore in its {@code collection} field. */
    private static String collection(String command, BsonDocument body) {
        BsonValue named = body.get(command);
        if (named != null && named.isString()) {
            return named.asString().getValue();
        }
        BsonValue field = body.get("collection");
        return field != null && field.isString() ? field.asString().getValue() : "";
    }

    /** Commands sent so far, of every kind; for benchmarks that print commands per article. */
    public static long total(MeterRegistry meters) {
        return Math.round(meters.find(METER).counters().stream().mapToDouble(Counter::count).sum());
    }
}
