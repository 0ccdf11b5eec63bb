package io.newsflow.support.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code newsflow_mongodb_commands_total{command}}: every command this process sends to MongoDB (one round trip
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
        counters.computeIfAbsent(event.getCommandName(), name -> Counter.builder(METER).tag("command", name)
                .description("Commands sent to MongoDB, each one round trip").register(meters)).increment();
    }

    /** Commands sent so far, of every kind; for benchmarks that print commands per article. */
    public static long total(MeterRegistry meters) {
        return Math.round(meters.find(METER).counters().stream().mapToDouble(Counter::count).sum());
    }
}
