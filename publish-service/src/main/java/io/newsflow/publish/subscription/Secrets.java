package io.newsflow.publish.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/** Standard Webhooks signing secrets: {@code whsec_} followed by a base64 key of 24 to 64 bytes. */
public final class Secrets {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes the HMAC is computed with. */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new BadSubscriptionException("A secret must look like whsec_<base64 key>.");
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            if (key.length < 24 || key.length > 64) {
                throw new BadSubscriptionException("A secret's key must be 24 to 64 bytes (base64 after whsec_).");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new BadSubscriptionException("A secret's key after whsec_ must be base64.");
        }
    }
}
