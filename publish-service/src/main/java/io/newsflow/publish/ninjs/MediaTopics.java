package io.newsflow.publish.ninjs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The IPTC Media Topic each topic code of the taxonomy belongs to. Articles carry the taxonomy's own code
 * ({@code sport}, {@code stocks}); only a breadcrumb category carries a {@code medtop:} code itself. The table is
 * {@code ninjs/media-topics.tsv}, the code and IPTC columns of enrich-service's {@code nlp/topics.tsv} (a test keeps
 * the two equal).
 */
public final class MediaTopics {

    public static final String PREFIX = "medtop:";
    private static final String CV = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final Map<String, String> BY_CODE = load();

    private MediaTopics() {
    }

    /** The {@code medtop:} code for a category or topic code: the code itself when it is one. */
    public static Optional<String> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return code.startsWith(PREFIX) ? Optional.of(code) : Optional.ofNullable(BY_CODE.get(code));
    }

    /** The concept URI of a {@code medtop:} code, e.g. {@code http://cv.iptc.org/newscodes/mediatopic/15000000}. */
    public static String uri(String medtop) {
        return CV + medtop.substring(PREFIX.length());
    }

    static Map<String, String> table() {
        return Map.copyOf(BY_CODE);
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = MediaTopics.class.getResourceAsStream("/ninjs/media-topics.tsv")) {
            if (in == null) {
                throw new IllegalStateException("ninjs/media-topics.tsv is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length >= 2 && columns[1].startsWith(PREFIX)) {
                    table.put(columns[0].strip(), columns[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
