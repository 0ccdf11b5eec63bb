package io.newsflow.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bearer token clients present (the admin token of every service, ingest's client token): taken from
 * configuration, or generated at start and logged once, so that an operator on the machine can still use the
 * endpoints it guards and nobody else can. Compared in constant time.
 */
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
        return new BearerToken(purpose, token.strip().getBytes(StandardCharsets.UTF_8));
    }

    public String purpose() {
        return purpose;
    }

    /** Constant-time comparison, so response timing does not leak the token. */
    public boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code Authorization} header carries this token as {@code Bearer <token>}. */
    public boolean acceptsHeader(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7));
    }

    /** The token itself, for a service that calls another with the same token. */
    public String value() {
        return new String(expected, StandardCharsets.UTF_8);
    }
}
