package io.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack with {@code NEWSFLOW_INSTANCES=2}: two ingest, two enrich and two publish instances and one
 * console. The seed reaches both publish instances' feeds, a page posted to the second ingest instance too, and
 * once both have caught up they serve the same feed bytes under the same ETag.
 */
class LocalStackTwoInstancesIT {

    private static final String TOKEN = "twins-e2e-token";
    private static final String TITLE = "第二个实例收到的稿件";

    @TempDir
    Path dataDir;

    @Test
    void bothInstancesOfEveryServiceWorkAndThePublishInstancesServeTheSameFeed() throws Exception {
        try (LocalStackProcess stack = new LocalStackProcess(dataDir, TOKEN).instances(2).start()) {
            await().atMost(Duration.ofSeconds(240))
                    .until(() -> stack.printed("Ctrl-C stops every process") || !stack.isAlive());
            assertThat(stack.isAlive()).as("stack output: %s", stack.output()).isTrue();
            assertThat(stack.printed("instance 2")).as("output: %s", stack.output()).isTrue();
            assertThat(stack.descendants().stream().filter(p -> p.info().commandLine().orElse("").contains("-jar")))
                    .as("two of each service and the console").hasSize(7);

            String publish2 = "http://127.0.0.1:" + LocalStackProcess.port(stack.publishPort, 2);
            String ingest2 = "http://127.0.0.1:" + LocalStackProcess.port(stack.ingestPort, 2);
            for (String publish : List.of(stack.publishUrl(), publish2)) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(
                        () -> Http.feedItem(publish + "/feeds/latest.json", LocalStackEndToEndIT.SEED_TITLE),
                        item -> item != null);
            }

            String page = Files.readString(LocalStackEndToEndIT.SEED, StandardCharsets.UTF_8)
                    .replace(LocalStackEndToEndIT.SEED_TITLE, TITLE);
            HttpResponse<String> accepted = Http.post(ingest2 + "/api/pages", TOKEN, "text/plain; charset=UTF-8",
                    page.getBytes(StandardCharsets.UTF_8));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            for (String publish : List.of(stack.publishUrl(), publish2)) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                        .until(() -> Http.feedItem(publish + "/feeds/latest.json", TITLE), item -> item != null);
            }

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                HttpResponse<String> first = Http.get(stack.publishUrl() + "/feeds/latest.json", null);
                HttpResponse<String> second = Http.get(publish2 + "/feeds/latest.json", null);
                return first.statusCode() == 200 && first.body().equals(second.body())
                        && first.headers().firstValue("ETag").equals(second.headers().firstValue("ETag"));
            });
            assertThat(stack.stop()).as("SIGTERM stops all seven processes").isIn(0, 143);
        }
    }
}
