package io.newsflow.console.tail;

import io.newsflow.console.ConsoleProperties;
import io.newsflow.console.record.RecordView;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans records out to the connected browsers. A new subscriber first gets the buffered recent records, then live
 * ones; both happen under one lock so that no record falls between the backlog and the live stream.
 */
@Component
class TailHub implements TailListener {

    static final String EVENT = "record";

    private final TailBuffer buffer;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    TailHub(ConsoleProperties properties) {
        this.buffer = new TailBuffer(properties.tailSize());
    }

    SseEmitter subscribe(TailFilter filter) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(emitter, filter);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        synchronized (this) {
            for (RecordView record : buffer.matching(filter)) {
                if (!send(subscriber, record)) {
                    return emitter;
                }
            }
            subscribers.add(subscriber);
        }
        return emitter;
    }

    @Override
    public synchronized void onRecord(RecordView record) {
        buffer.add(record);
        subscribers.stream().filter(subscriber -> subscriber.filter().matches(record))
                .forEach(subscriber -> send(subscriber, record));
    }

    /** Comments keep proxies from closing idle streams and reveal browsers that went away. */
    @Scheduled(fixedDelay = 15_000)
    void heartbeat() {
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.emitter().send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                drop(subscriber);
            }
        }
    }

    void completeAll() {
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private boolean send(Subscriber subscriber, RecordView record) {
        try {
            subscriber.emitter().send(SseEmitter.event().name(EVENT).id(record.id())
                    .data(record, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            drop(subscriber);
            return false;
        }
    }

    private void drop(Subscriber subscriber) {
        subscribers.remove(subscriber);
        subscriber.emitter().complete();
    }

    private record Subscriber(SseEmitter emitter, TailFilter filter) {
    }
}
