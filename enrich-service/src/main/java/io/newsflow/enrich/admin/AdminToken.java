package io.newsflow.enrich.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bearer token of the admin endpoints, from {@code NEWSFLOW_ADMIN_TOKEN}; when that is blank a random one is
 * generated and logged once, so an operator on the machine can still use the endpoints and nobody else can.
 */
@Component
class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] token;

    AdminToken(@Value("${newsflow.enrich.admin-token:}") String configured) {
        String value = configured;
        if (value == null || value.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            value = HexFormat.of().formatHex(random);
            log.warn("NEWSFLOW_ADMIN_TOKEN is not set; admin token for this run: {}", value);
        }
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] presented = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, token);
    }
}
