package io.newsflow.support.json;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Words for a request field nobody knows: {@code unknown field 'tittle' (did you mean 'title'?)}. A known field
 * is suggested when it differs by case alone or by at most two edits.
 */
public final class UnknownFields {

    private static final int MAX_EDITS = 2;

    private UnknownFields() {
    }

    /** What a strict JSON reader refused, when it refused an unknown field (anywhere in the cause chain). */
    public static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return Optional.of(describe(unknown.getPropertyName(),
                        unknown.getKnownPropertyIds().stream().map(String::valueOf).toList()));
            }
        }
        return Optional.empty();
    }

    public static String describe(String field, Collection<String> known) {
        return describe("field", field, known);
    }

    /** The same for another kind of name: {@code unknown parameter 'limt' (did you mean 'limit'?)}. */
    public static String describe(String kind, String name, Collection<String> known) {
        return "unknown " + kind + " '" + name + "'" + closest(name, known).map(f -> " (did you mean '" + f + "'?)")
                .orElse("");
    }

    /** The known field the unknown one was probably meant to be. */
    public static Optional<String> closest(String field, Collection<String> known) {
        String lower = field.toLowerCase(Locale.ROOT);
        return known.stream().filter(k -> distance(k.toLowerCase(Locale.ROOT), lower) <= MAX_EDITS)
                .min(Comparator.comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT), lower))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
