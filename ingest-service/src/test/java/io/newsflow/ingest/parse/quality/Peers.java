package io.newsflow.ingest.parse.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the peers the reader is measured beside: Mozilla Readability in node, and w3m for the text dumps. */
final class Peers {

    /** What a peer reported for one page; any value may be null where the peer does not report it. */
    record Reading(String title, String author, String source, String publishedTime, String text, double millis) {
    }

    private Peers() {
    }

    /** Mozilla Readability on the same bytes, one node process for the whole set (bench/quality/readability.mjs). */
    static Map<String, Reading> readability(Path script, List<Path> pages, Map<Path, String> urls, Path work)
            throws IOException, InterruptedException {
        Path list = work.resolve("readability-input.tsv");
        StringBuilder lines = new StringBuilder();
        for (Path page : pages) {
            lines.append(page.toAbsolutePath()).append('\t').append(urls.getOrDefault(page, "")).append('\n');
        }
        Files.writeString(list, lines);
        Path output = work.resolve("readability-output.jsonl");
        Process node = new ProcessBuilder("node", script.toAbsolutePath().toString(), "--strict-charset", list.toString())
                .redirectOutput(output.toFile()).redirectError(work.resolve("readability-stderr.log").toFile()).start();
        if (!node.waitFor(20, TimeUnit.MINUTES) || node.exitValue() != 0) {
            node.destroyForcibly();
            throw new IOException("Readability runner failed, see " + work.resolve("readability-stderr.log"));
        }
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Reading> readings = new HashMap<>();
        for (String line : Files.readAllLines(output)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            String file = Path.of(r.path("file").asString()).getFileName().toString();
            readings.put(file, new Reading(r.path("title").asString(null), r.path("byline").asString(null), null,
                    r.path("publishedTime").asString(null), r.path("text").asString(null), r.path("ms").asDouble(0)));
        }
        return readings;
    }

    /** A rendered page as `w3m -dump` prints it, wide enough that a paragraph stays one line as in a copy. */
    static String textDump(String html, Path work) throws IOException, InterruptedException {
        Path page = Files.createTempFile(work, "page", ".html");
        // The page is already decoded: tell w3m so, and drop the declaration it would otherwise obey.
        Files.writeString(page, html.replaceAll("(?i)<meta[^>]+charset[^>]*>", ""), StandardCharsets.UTF_8);
        Process w3m = new ProcessBuilder("w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                "-cols", "2000", page.toString()).redirectErrorStream(true).start();
        byte[] out = w3m.getInputStream().readAllBytes();
        w3m.waitFor(1, TimeUnit.MINUTES);
        Files.delete(page);
        return new String(out, StandardCharsets.UTF_8);
    }
}
