package io.newsflow.enrich.nlp;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Adds the repository's domain terms ({@code nlp/domain-terms.txt}) to HanLP's user dictionary. */
final class DomainDictionary {

    private static volatile boolean loaded;

    private DomainDictionary() {
    }

    static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        try (InputStream in = DomainDictionary.class.getResourceAsStream("/nlp/domain-terms.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\\s+", 2);
                CustomDictionary.insert(parts[0], parts.length > 1 ? parts[1] : "n 1000");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = true;
    }
}
