package io.newsflow.ingest.security;

import io.newsflow.ingest.IngestProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The token clients present; taken from configuration, or generated at start and printed once. */
@Component
public class BearerToken {

    private static final Logger log = LoggerFactory.getLogger(BearerToken.class);

    private final byte[] expected;

    public BearerToken(IngestProperties properties) {
        String token = properties.token();
        if (token == null || token.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            token = HexFormat.of().formatHex(random);
            log.warn("NEWSFLOW_INGEST_TOKEN is not set; generated ingest token for this run: {}", token);
        }
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so response timing does not leak the token. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }
}
