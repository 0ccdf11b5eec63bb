package io.newsflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One feed as served by every publish instance: the status, ETag and bytes each gave. Identical means every
 * instance answered 200 with the same ETag and the same body (and at least two instances were asked).
 */
record FeedComparison(String path, List<Served> served) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What one instance answered. */
    record Served(String instance, int status, String etag, byte[] body) {
    }

    static FeedComparison fetch(String path, List<String> instances) {
        List<Served> served = new ArrayList<>();
        for (String instance : instances) {
            served.add(get(instance, path));
        }
        return new FeedComparison(path, List.copyOf(served));
    }

    boolean identical() {
        if (served.size() < 2) {
            return false;
        }
        Served first = served.get(0);
        return served.stream().allMatch(s -> s.status() == 200 && s.etag() != null && s.etag().equals(first.etag())
                && Arrays.equals(s.body(), first.body()));
    }

    String format() {
        Served first = served.get(0);
        if (identical()) {
            return String.format("identical: ETag %s, %,d bytes", first.etag(), first.body().length);
        }
        StringBuilder out = new StringBuilder("DIFFERENT:");
        served.forEach(s -> out.append(String.format(" %s → %d, ETag %s, %,d bytes;", s.instance(), s.status(), s.etag(),
                s.body().length)));
        return out.toString();
    }

    private static Served get(String instance, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance + path)).timeout(Duration.ofSeconds(10))
                .header("Accept-Encoding", "identity").GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Served(instance, response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.body());
        } catch (IOException e) {
            return new Served(instance, -1, null, new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Served(instance, -1, null, new byte[0]);
        }
    }
}
