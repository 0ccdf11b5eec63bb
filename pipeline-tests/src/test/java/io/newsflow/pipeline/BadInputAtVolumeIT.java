package io.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.pipeline.Barrage.Answer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at volume against the real local stack: 10,000 generated malformed pages, JSON documents, batches,
 * empty and huge bodies, wrong charsets and Content-Types, and script payloads in every field, sent by 8 clients at
 * once. No answer is 5xx, every error is problem+json, nothing accepted is lost, and no payload that got in runs in
 * a feed, a widget, an article page or the operator console. {@code -Dbadinput.count} and {@code -Dbadinput.seed}
 * change the run.
 */
class BadInputAtVolumeIT {

    static final String TOKEN = "bad-input-token";
    static final String ADMIN_TOKEN = "bad-input-admin-token";
    private static final int COUNT = Integer.getInteger("badinput.count", 10_000);
    private static final long SEED = Long.getLong("badinput.seed", 20_211_015L);
    private static final int CLIENTS = 8;

    @TempDir
    Path dataDir;

    @Test
    void badInputGetsProblemJsonLosesNothingAndNoPayloadRunsInAnyView() throws Exception {
        try (LocalStackProcess stack = new LocalStackProcess(dataDir, TOKEN).adminToken(ADMIN_TOKEN).start()) {
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(180)).until(() -> stack.printed("newsflow is up") || !stack.isAlive());
            assertThat(stack.isAlive()).as("stack output: %s", stack.output()).isTrue();

            List<BadInput> inputs = BadInputs.generate(COUNT, SEED);
            long sending = System.nanoTime();
            List<Answer> answers = new Barrage(stack.ingestUrl(), TOKEN).fire(inputs, CLIENTS);
            double sendSeconds = (System.nanoTime() - sending) / 1e9;
            Verdicts verdicts = new Verdicts();
            answers.forEach(verdicts::judge);
            report(inputs.size(), sendSeconds, verdicts);
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(verdicts.violationKinds).as("answers that broke the contract, of %d (seed %d); e.g. %s",
                    inputs.size(), SEED, verdicts.violations.stream().limit(20).toList()).isEmpty();
            Set<String> accepted = verdicts.acceptedIds;
            assertThat(accepted).as("accepted articles").hasSizeGreaterThan(100);

            long pipeline = System.nanoTime();
            assertIngestKeepsEvery(stack, accepted);
            awaitPublished(stack, accepted);
            System.out.printf("bad input: %d accepted articles published %.1f s after the last answer%n",
                    accepted.size(), (System.nanoTime() - pipeline) / 1e9);

            Map<String, BadInput> hostile = hostileSample(answers);
            HostileViews.feeds(soft, stack.publishUrl(), accepted);
            HostileViews.pagesAndWidgets(soft, stack.publishUrl(), accepted, hostile.keySet());
            HostileViews.inBrowser(soft, stack, hostile.keySet());
            soft.assertAll();
            System.out.printf("bad input: whole run %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static void report(int count, double seconds, Verdicts verdicts) {
        System.out.printf("bad input: %d inputs from %d clients in %.1f s (%.0f/s), seed %d, %d accepted articles%n",
                count, CLIENTS, seconds, count / seconds, SEED, verdicts.acceptedIds.size());
        verdicts.table.forEach((category, statuses) -> System.out.printf("  %-22s %s%n", category, statuses));
        verdicts.violationKinds.forEach((kind, n) -> System.out.printf("  VIOLATION %4d × %s%n", n, kind));
        verdicts.violations.stream().limit(20).forEach(v -> System.out.println("  e.g. " + v));
    }

    private static void assertIngestKeepsEvery(LocalStackProcess stack, Set<String> accepted) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String id : accepted) {
            HttpResponse<String> response = Http.get(stack.ingestUrl() + "/api/articles/" + id, TOKEN);
            if (response.statusCode() != 200 || !id.equals(Http.json(response.body()).path("id").asString(""))) {
                missing.add(id + " → " + response.statusCode());
            }
        }
        assertThat(missing).as("accepted but not kept by ingest").isEmpty();
    }

    private static void awaitPublished(LocalStackProcess stack, Set<String> accepted) {
        Set<String> pending = new HashSet<>(accepted);
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            pending.removeIf(id -> published(stack, id));
            assertThat(pending).as("accepted articles missing from publish").isEmpty();
        });
    }

    private static boolean published(LocalStackProcess stack, String id) {
        try {
            return Http.get(stack.publishUrl() + "/articles/" + id, null, "application/json").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One accepted article per payload kind and endpoint, to open in the browser. */
    private static Map<String, BadInput> hostileSample(List<Answer> answers) {
        Map<String, BadInput> sample = new LinkedHashMap<>();
        Set<String> kinds = new HashSet<>();
        for (Answer answer : answers) {
            BadInput input = answer.input();
            if (input.expect() == BadInput.Expect.ACCEPTED && answer.status() / 100 == 2
                    && kinds.add(input.path() + " " + firstPayload(input)) && sample.size() < 16) {
                sample.put(Http.json(answer.body()).path("id").asString(), input);
            }
        }
        return sample;
    }

    private static String firstPayload(BadInput input) {
        String body = new String(input.body(), StandardCharsets.UTF_8);
        return XssPayloads.MARKUP.stream().filter(body::contains).findFirst().orElse("");
    }
}
