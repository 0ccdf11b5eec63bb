package io.newsflow.ingest.parse;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a format-specific reader found before the shared rules run.
 *
 * @param docLines     every line of the page, used to look for the meta line near the headline
 * @param titleIndex   position of the headline in docLines, or -1 when it is not shown as a line
 * @param bodyLines    the lines that may hold the article text
 * @param bodyStart    first index in bodyLines worth reading
 * @param breadcrumb   breadcrumb levels with the home page already removed
 * @param metaDate     a machine-readable publish date (meta tag, time element), or null
 * @param excluded     compacted texts known to be chrome (e.g. the breadcrumb element's text)
 * @param structured   what the page states in machine-readable form (HTML only; NONE for text dumps)
 */
record PageDraft(List<Line> docLines, int titleIndex, List<Line> bodyLines, int bodyStart,
        List<String> breadcrumb, String title, Instant metaDate, Set<String> excluded, StructuredMeta structured) {
}
