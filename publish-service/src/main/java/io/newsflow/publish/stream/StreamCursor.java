package io.newsflow.publish.stream;

import io.newsflow.model.ArticleEnriched;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * A position in the stream: enrichment time and article id of the last event a client saw, base64url so clients
 * treat it as opaque. Events are ordered by when enrichment produced them, which is the order they arrive in.
 */
record StreamCursor(long enrichedAtMillis, String id) implements Comparable<StreamCursor> {

    private static final Comparator<StreamCursor> ORDER = Comparator.comparingLong(StreamCursor::enrichedAtMillis)
            .thenComparing(StreamCursor::id);

    static StreamCursor of(ArticleEnriched article) {
        Instant at = article.enrichedAt() == null ? Instant.EPOCH : article.enrichedAt();
        return new StreamCursor(at.toEpochMilli(), article.id());
    }

    /** Null when the value is missing or not a cursor this service gave out (the client then starts live). */
    static StreamCursor parse(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return new StreamCursor(Long.parseLong(decoded.substring(0, bar)), decoded.substring(bar + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((enrichedAtMillis + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int compareTo(StreamCursor other) {
        return ORDER.compare(this, other);
    }
}
