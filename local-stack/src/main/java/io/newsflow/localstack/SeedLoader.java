package io.newsflow.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers a folder with ingest as a directory source and asks for a first poll: every page in it is ingested,
 * files added later are picked up on the next poll, and what was ingested before is never ingested again.
 */
public final class SeedLoader {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestBaseUrl;
    private final String adminToken;

    public SeedLoader(String ingestBaseUrl, String adminToken) {
        this.ingestBaseUrl = ingestBaseUrl;
        this.adminToken = adminToken;
    }

    /** A line saying what happened, for the console. */
    public String register(Path folder, Duration pollInterval) {
        if (!Files.isDirectory(folder)) {
            return "no seeds folder at " + folder;
        }
        String json = "{\"type\":\"directory\",\"location\":\"" + folder.toAbsolutePath().toString().replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\",\"name\":\"seeds\",\"pollInterval\":\"" + pollInterval + "\"}";
        try {
            HttpResponse<String> registered = send(post("/admin/sources").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
            Matcher id = ID.matcher(registered.body());
            if (registered.statusCode() >= 300 || !id.find()) {
                return "registering " + folder + " failed: " + registered.statusCode() + " " + registered.body();
            }
            HttpResponse<String> poll = send(post("/admin/sources/" + id.group(1) + "/poll")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            return folder + " is directory source " + id.group(1) + " (" + (registered.statusCode() == 201
                    ? "registered" : "already registered") + ", polled every " + pollInterval + "; first poll "
                    + (poll.statusCode() == 202 ? "started" : "answered " + poll.statusCode()) + ")";
        } catch (IOException e) {
            return "registering " + folder + " failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while registering " + folder;
        }
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(ingestBaseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
