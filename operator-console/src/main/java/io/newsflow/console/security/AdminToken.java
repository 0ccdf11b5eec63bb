package io.newsflow.console.security;

import io.newsflow.console.ConsoleProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The admin token from NEWSFLOW_ADMIN_TOKEN, or one generated at start and logged once so an operator can log in. */
@Component
public class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] token;
    private final String value;

    @Autowired
    public AdminToken(ConsoleProperties properties) {
        this(properties.adminToken());
    }

    AdminToken(String configured) {
        String chosen = configured;
        if (chosen == null || chosen.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            chosen = HexFormat.of().formatHex(random);
            log.warn("NEWSFLOW_ADMIN_TOKEN is not set; generated console admin token for this run: {}", chosen);
        }
        this.value = chosen.strip();
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so response timing does not leak the token. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The token itself, for calls to publish-service's admin API which shares it. */
    public String value() {
        return value;
    }
}
