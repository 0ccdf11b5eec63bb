package io.newsflow.ingest.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which date and bylines belong to the article. Lines next to the headline win over the rest of
 * the page, because related-news lists and footers carry dates of their own.
 */
final class MetaCollector {

    private static final int LINES_AFTER_TITLE = 8;
    private static final int LINES_BEFORE_TITLE = 3;

    private final MetaLineParser metaParser;

    MetaCollector(MetaLineParser metaParser) {
        this.metaParser = metaParser;
    }

    /** The chosen values; strings are "" when the page does not say. */
    record Meta(Instant publishedAt, String source, String author, String editor) {
    }

    Meta collect(PageDraft draft, List<MetaLine> bodyMetas) {
        boolean nearTitle = draft.titleIndex() >= 0;
        List<MetaLine> window = nearTitle ? window(draft.docLines(), draft.titleIndex()) : all(draft.docLines());
        Instant date = draft.metaDate();
        if (date == null) {
            date = firstDate(window, true);
        }
        if (date == null && nearTitle) {
            date = firstDate(window, false);
        }
        if (date == null) {
            date = firstDate(bodyMetas, true);
        }
        List<MetaLine> all = new ArrayList<>(window);
        all.addAll(bodyMetas);
        Map<MetaField, String> values = new EnumMap<>(MetaField.class);
        for (MetaField field : List.of(MetaField.SOURCE, MetaField.AUTHOR, MetaField.EDITOR)) {
            values.put(field, all.stream().filter(m -> m.has(field)).map(m -> m.values().get(field))
                    .filter(v -> !v.isEmpty()).findFirst().orElse(""));
        }
        return new Meta(date, values.get(MetaField.SOURCE), values.get(MetaField.AUTHOR), values.get(MetaField.EDITOR));
    }

    private List<MetaLine> window(List<Line> lines, int titleIndex) {
        List<MetaLine> metas = new ArrayList<>();
        for (int i = titleIndex + 1; i < Math.min(lines.size(), titleIndex + 1 + LINES_AFTER_TITLE); i++) {
            addIfMeta(metas, lines.get(i));
        }
        for (int i = titleIndex - 1; i >= Math.max(0, titleIndex - LINES_BEFORE_TITLE); i--) {
            addIfMeta(metas, lines.get(i));
        }
        return metas;
    }

    private List<MetaLine> all(List<Line> lines) {
        List<MetaLine> metas = new ArrayList<>();
        lines.forEach(line -> addIfMeta(metas, line));
        return metas;
    }

    private void addIfMeta(List<MetaLine> metas, Line line) {
        MetaLine meta = metaParser.parse(line.raw());
        if (meta.isMeta()) {
            metas.add(meta);
        }
    }

    private static Instant firstDate(List<MetaLine> metas, boolean labelledOnly) {
        return metas.stream().filter(m -> m.date() != null && (m.labelledDate() || !labelledOnly))
                .map(MetaLine::date).findFirst().orElse(null);
    }
}
