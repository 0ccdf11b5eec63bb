package io.newsflow.pipeline;

import static io.newsflow.pipeline.BadInput.Expect.ANY;
import static io.newsflow.pipeline.BadInput.Expect.BATCH;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** NDJSON batches: good lines among bad ones, each line judged on its own. */
final class Batches {

    private Batches() {
    }

    /** Three to eight lines, mostly broken; about one batch in three carries one valid hostile article. */
    static BadInput mixed(String category, int index, Random random) {
        int count = 3 + random.nextInt(6);
        int good = random.nextInt(3) == 0 ? random.nextInt(count) : -1;
        StringBuilder body = new StringBuilder();
        List<Boolean> lines = new ArrayList<>();
        String newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
        for (int i = 0; i < count; i++) {
            if (i == good) {
                body.append(new String(BadArticles.json(BadArticles.hostile(index * 100 + i, random),
                        random.nextBoolean()), StandardCharsets.UTF_8));
                lines.add(true);
            } else {
                body.append(badLine(index * 100 + i, random));
                lines.add(false);
            }
            body.append(newline);
            if (random.nextInt(5) == 0) {
                body.append(random.nextBoolean() ? "" : " \t").append(newline);
            }
        }
        return BadInputs.post(category, BadInputs.BATCH, random.nextInt(5) == 0 ? "application/jsonl"
                : BadInputs.NDJSON, BadInputs.utf8(body.toString())).lines(lines).expect(index, BATCH);
    }

    /** Random bytes as a batch: whatever lines they split into, each is rejected. */
    static BadInput garbage(String category, int index, byte[] bytes) {
        List<Boolean> lines = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1)) {
            if (!line.isBlank()) {
                lines.add(false);
            }
        }
        return BadInputs.post(category, BadInputs.BATCH, BadInputs.NDJSON, bytes).lines(lines).expect(index, BATCH);
    }

    /** An empty batch asks for nothing; whatever the answer, it is no 5xx. */
    static BadInput empty(String category, int index, byte[] body) {
        return BadInputs.post(category, BadInputs.BATCH, BadInputs.NDJSON, body).expect(index, ANY);
    }

    /** Broken lines until the batch is {@code bytes} long. */
    static byte[] lines(int index, Random random, int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096);
        for (int i = 0; out.size() < bytes; i++) {
            out.writeBytes(BadInputs.utf8(BadArticles.missingField(index * 100_000 + i, random) + "\n"));
        }
        return out.toByteArray();
    }

    private static String badLine(int index, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> BadArticles.malformed(index, random).replaceAll("[\r\n]", " ");
            case 1 -> BadArticles.missingField(index, random);
            case 2 -> BadArticles.wrongType(index, random);
            default -> BadArticles.deeplyNested(random, 2_000);
        };
    }
}
