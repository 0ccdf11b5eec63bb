package io.newsflow.publish.feed;

import com.aayushatharva.brotli4j.Brotli4jLoader;

/** Whether brotli4j's native library loaded; without it feeds fall back to gzip. */
final class Brotli {

    static final boolean AVAILABLE = load();

    private Brotli() {
    }

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            return false;
        }
    }
}
