package io.newsflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches {@code /feeds/latest.json} the way a partner site polls it, only much more often (every few
 * milliseconds, revalidating with the ETag), and records when each article first appeared. It asks for brief items
 * (no bodies), 100 at a time: the same feed and the same moment an article enters it, without making the
 * benchmark's own process (and publish's rendering) read and write a megabyte of full items a hundred times a
 * second on the cores the pipeline runs on.
 */
final class FeedWatcher implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI feed;
    private final Duration interval;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    FeedWatcher(String publishUrl, Duration interval) {
        this.feed = URI.create(publishUrl + "/feeds/latest.json?limit=100&mode=brief");
        this.interval = interval;
        this.thread = new Thread(this::watch, "feed-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        String etag = null;
        while (running) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(feed).timeout(Duration.ofSeconds(5));
                if (etag != null) {
                    request.header("If-None-Match", etag);
                }
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                long now = System.nanoTime();
                if (response.statusCode() == 200) {
                    etag = response.headers().firstValue("ETag").orElse(null);
                    for (JsonNode item : JSON.readTree(response.body()).path("items")) {
                        firstSeen.putIfAbsent(item.path("id").asString(), now);
                    }
                }
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // publish-service restarting or busy: poll again
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** When the article first appeared in the feed (System.nanoTime), or null. */
    Long firstSeen(String articleId) {
        return firstSeen.get(articleId);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
