package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Posts every file under a folder to ingest's page endpoint; ingest deduplicates repeats. */
public final class SeedLoader {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI pagesEndpoint;
    private final String token;

    public SeedLoader(String ingestBaseUrl, String token) {
        this.pagesEndpoint = URI.create(ingestBaseUrl + "/api/pages");
        this.token = token;
    }

    /** One line per file: its name, the HTTP status and ingest's answer. */
    public List<String> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of("no seeds folder at " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().map(this::post).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String post(Path file) {
        try {
            HttpRequest request = HttpRequest.newBuilder(pagesEndpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", contentType(file))
                    .header("X-Source-Name", file.getFileName().toString())
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return file.getFileName() + " -> " + response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return file.getFileName() + " -> failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return file.getFileName() + " -> interrupted";
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain; charset=UTF-8";
    }
}
