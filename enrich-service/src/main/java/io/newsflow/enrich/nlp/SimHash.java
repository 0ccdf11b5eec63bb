package io.newsflow.enrich.nlp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** 64-bit SimHash over tokens: near-identical texts differ in few bits (Charikar 2002). */
public final class SimHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {
    }

    public static long of(List<Token> tokens) {
        int[] votes = new int[64];
        for (Token token : tokens) {
            if (token.pos().startsWith("w")) {
                continue;
            }
            long hash = fnv1a(token.word());
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long simhash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return simhash;
    }

    public static String hex(long simhash) {
        return String.format("%016x", simhash);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static long fnv1a(String word) {
        long hash = FNV_OFFSET;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
