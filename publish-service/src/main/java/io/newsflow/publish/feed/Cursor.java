package io.newsflow.publish.feed;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.article.ArticleTimes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A position in a newest-first feed: the sort time and id of the last item a client saw. Opaque to clients
 * (base64url), so its format can change.
 */
record Cursor(Instant time, String id) {

    static Cursor of(ArticleEnriched article) {
        return new Cursor(ArticleTimes.sortTime(article), article.id());
    }

    static Cursor parse(String encoded) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int separator = decoded.indexOf('|');
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(decoded.substring(0, separator))),
                    decoded.substring(separator + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadFeedRequestException("'after' is not a cursor this service gave out.");
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((time.toEpochMilli() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** True when the article comes after this position in newest-first order. */
    boolean isBefore(ArticleEnriched article) {
        int byTime = ArticleTimes.sortTime(article).truncatedTo(ChronoUnit.MILLIS).compareTo(time);
        return byTime < 0 || (byTime == 0 && article.id().compareTo(id) > 0);
    }
}
