package io.newsflow.enrich.keywords.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import org.bson.Document;

/**
 * A sum of per-term document counts and of documents, read from and written as count documents: {@code documents}
 * plus the parallel arrays {@code terms} and {@code counts}. Arrays, not a map, because a term may hold a dot or
 * start with {@code $} and so cannot be a field name. Written in chunks of at most {@link #CHUNK_TERMS} terms and
 * about {@link #CHUNK_BYTES} bytes, far below MongoDB's 16 MB per document however many terms the corpus has.
 */
final class TermCounts {

    static final int CHUNK_TERMS = 20_000;
    static final int CHUNK_BYTES = 4 * 1024 * 1024;

    private final Map<String, Integer> counts = new HashMap<>();
    private long documents;

    void addDocuments(long n) {
        documents += n;
    }

    void add(String term, int n) {
        counts.merge(term, n, Integer::sum);
    }

    /** Adds a count document written by {@link #chunks}. */
    void add(Document chunk) {
        documents += ((Number) chunk.get("documents")).longValue();
        List<String> terms = chunk.getList("terms", String.class);
        List<Integer> n = chunk.getList("counts", Integer.class);
        for (int i = 0; i < terms.size(); i++) {
            add(terms.get(i), n.get(i));
        }
    }

    long documents() {
        return documents;
    }

    int terms() {
        return counts.size();
    }

    void forEach(ObjIntConsumer<String> termCount) {
        counts.forEach(termCount::accept);
    }

    /**
     * The counts as documents, each begun by {@code header.apply(index)}; the first also carries the document total,
     * so that summing every chunk of every sum gives the total once. At least one chunk, even with no terms.
     */
    List<Document> chunks(IntFunction<Document> header) {
        List<Document> chunks = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<Integer> n = new ArrayList<>();
        int bytes = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int size = entry.getKey().getBytes(StandardCharsets.UTF_8).length + 16;
            if (!terms.isEmpty() && (terms.size() == CHUNK_TERMS || bytes + size > CHUNK_BYTES)) {
                chunks.add(chunk(header, chunks.size(), terms, n));
                terms = new ArrayList<>();
                n = new ArrayList<>();
                bytes = 0;
            }
            terms.add(entry.getKey());
            n.add(entry.getValue());
            bytes += size;
        }
        chunks.add(chunk(header, chunks.size(), terms, n));
        return chunks;
    }

    private Document chunk(IntFunction<Document> header, int index, List<String> terms, List<Integer> n) {
        return header.apply(index).append("documents", index == 0 ? documents : 0L)
                .append("terms", terms).append("counts", n);
    }
}
