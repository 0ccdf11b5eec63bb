package io.newsflow.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends the inputs to ingest from several clients at once and keeps every answer. */
final class Barrage {

    /** What ingest answered to one input; status -1 when no answer came. */
    record Answer(BadInput input, int status, String contentType, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    Barrage(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    List<Answer> fire(List<BadInput> inputs, int clients) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Answer>> futures = new ArrayList<>(inputs.size());
            for (BadInput input : inputs) {
                futures.add(pool.submit(() -> send(input)));
            }
            List<Answer> answers = new ArrayList<>(inputs.size());
            for (Future<Answer> future : futures) {
                try {
                    answers.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("sending failed", e.getCause());
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer send(BadInput input) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + input.path()))
                .timeout(Duration.ofSeconds(60));
        input.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        if (!input.headers().containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher body = input.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(input.body()))
                : HttpRequest.BodyPublishers.ofByteArray(input.body());
        request.method(input.method(), input.method().equals("GET") ? HttpRequest.BodyPublishers.noBody() : body);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(input, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            return new Answer(input, -1, "", e.toString());
        }
    }
}
