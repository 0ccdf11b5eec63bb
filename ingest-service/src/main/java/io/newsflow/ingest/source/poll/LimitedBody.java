package io.newsflow.ingest.source.poll;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body but gives up as soon as it grows past the limit, so a huge page never sits in memory. */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long limit;
    private Flow.Subscription subscription;
    private long received;

    LimitedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        bytes.onSubscribe(subscription);
        bytes.getBody().whenComplete((body, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(body);
            }
        });
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        received += items.stream().mapToLong(ByteBuffer::remaining).sum();
        if (received > limit) {
            subscription.cancel();
            result.completeExceptionally(new TooLargeException("larger than " + limit + " bytes"));
            return;
        }
        bytes.onNext(items);
    }

    @Override
    public void onError(Throwable throwable) {
        bytes.onError(throwable);
    }

    @Override
    public void onComplete() {
        bytes.onComplete();
    }

    /** The body passed the configured maximum. */
    static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
