package io.newsflow.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A token clients present; taken from configuration, or generated at start and printed once. */
public final class BearerToken {

    private static final Logger log = LoggerFactory.getLogger(BearerToken.class);

    private final String purpose;
    private final byte[] expected;

    private BearerToken(String purpose, byte[] expected) {
        this.purpose = purpose;
        this.expected = expected;
    }

    /**
     * @param purpose what the token guards, for the log line when one is generated
     * @param variable the environment variable that sets it
     */
    public static BearerToken configuredOrGenerated(String purpose, String configured, String variable) {
        String token = configured;
        if (token == null || token.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            token = HexFormat.of().formatHex(random);
            log.warn("{} is not set; generated {} token for this run: {}", variable, purpose, token);
        }
        return new BearerToken(purpose, token.getBytes(StandardCharsets.UTF_8));
    }

    String purpose() {
        return purpose;
    }

    /** Constant-time comparison, so response timing does not leak the token. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }
}
