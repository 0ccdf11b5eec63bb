package io.newsflow.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.model.EventCodec;
import io.newsflow.publish.Articles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real push, received on a real HTTP endpoint, verified by the Standard Webhooks reference library (npm
 * {@code standardwebhooks}, pinned in {@code src/test/node/package-lock.json}) run by node, not by our own HMAC code.
 * The library must also reject the same push once its body is changed, so the check can fail.
 */
class StandardWebhooksLibraryIT extends PushItSupport {

    private static final Path TOOLS = Path.of("src/test/node");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theReferenceLibraryVerifiesAPushAndRejectsItWithAChangedBody() throws Exception {
        assumeTrue(Files.isDirectory(TOOLS.resolve("node_modules/standardwebhooks")),
                "standardwebhooks is not installed: run `npm ci --prefix publish-service/src/test/node` (.ci/run does)");
        try (Receiver receiver = Receiver.ok()) {
            String kw = "swlib-" + RUN;
            String secret = subscribe("{\"callback\":\"" + receiver.url("/swlib") + "\",\"format\":\"ninjs\","
                    + "\"filters\":{\"keywords\":[\"" + kw + "\"]}}").get("secrets").get(0).asString();
            publish(Articles.enriched("swlib-" + RUN, 1, "签名由官方库验证", Instant.now(), List.of("财经"), "长宁时报",
                    List.of(kw), List.of()));
            await().atMost(WAIT).until(() -> receiver.delivered().size() == 1);
            Receiver.Received push = receiver.delivered().get(0);

            assertThat(verify(secret, push, push.body())).isEqualTo("verified");
            assertThat(verify(secret, push, push.body().replace("签名", "签字")))
                    .startsWith("rejected: ").contains("signature");
            assertThat(verify("whsec_" + "A".repeat(32), push, push.body())).startsWith("rejected: ");
        }
    }

    /** "verified" or "rejected: <the library's reason>", as verify.mjs prints it; its exit status must agree. */
    private static String verify(String secret, Receiver.Received push, String body) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.put(name, push.header(name));
        }
        byte[] input = EventCodec.mapper().writeValueAsBytes(Map.of("secret", secret, "headers", headers, "body", body));
        Process node = new ProcessBuilder("node", "verify.mjs").directory(TOOLS.toFile()).redirectErrorStream(true)
                .start();
        node.getOutputStream().write(input);
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node verify.mjs finished").isTrue();
        assertThat(node.exitValue()).as("exit status for: %s", output).isEqualTo(output.equals("verified") ? 0 : 1);
        return output;
    }
}
