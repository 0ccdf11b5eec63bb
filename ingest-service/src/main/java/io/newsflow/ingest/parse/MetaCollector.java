package io.newsflow.ingest.parse;

import io.newsflow.model.ParseWarning;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which date and bylines belong to the article. Lines next to the headline win over the rest of
 * the page, because related-news lists and footers carry dates of their own; machine-readable metadata and the
 * URL's date weigh in (see {@link PublishDates}).
 */
final class MetaCollector {

    private static final int LABEL_CELL_LETTERS = 6;
    private static final int FURTHER_META_LINES = 12;
    private static final int LINES_PAST_TEXT = 6;
    private static final double DATED_LINE_WITH_TIME_TRUST = 3;

    private final MetaLineParser metaParser;

    MetaCollector(MetaLineParser metaParser) {
        this.metaParser = metaParser;
    }

    /** The chosen values; strings are "" when the page does not say, and each such field has a warning. */
    record Meta(Instant publishedAt, String source, String author, String editor, List<ParseWarning> warnings) {
    }

    Meta collect(PageDraft draft, List<MetaLine> bodyMetas) {
        return collect(draft, bodyMetas, null);
    }

    Meta collect(PageDraft draft, List<MetaLine> bodyMetas, String url) {
        StructuredMeta structured = draft.structured() == null ? StructuredMeta.NONE : draft.structured();
        // Wall-clock times on the page are Beijing time unless printed with a zone: a machine-readable offset
        // elsewhere on the page describes that value only (servers in other zones write their own offset).
        ZoneId zone = DateParser.SHANGHAI;
        PublishDates dates = new PublishDates(zone, url);
        boolean nearTitle = draft.titleIndex() >= 0;
        List<Line> windowLines = nearTitle
                ? HeadlineWindow.window(draft.docLines(), draft.titleIndex()) : draft.docLines();
        DateParser.Context context = new DateParser.Context(anchor(dates, structured, windowLines, zone),
                HeadlineWindow.dayFirst(draft.docLines()), zone);
        List<MetaLine> window = metas(windowLines, context);

        if (structured.publishedAt() != null) {
            dates.add(structured.publishedAt(), structured.publishedHasTime(), 3);
        } else if (draft.metaDate() != null) {
            dates.add(draft.metaDate(), !draft.metaDate().atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT), 2);
        }
        addLineDates(dates, window, nearTitle ? 4 : 2.5, nearTitle ? 2.5 : 1.5, nearTitle);
        List<DatedLines.DatedLine> dated = nearTitle
                ? datedLines(HeadlineWindow.joinShortRuns(windowLines), context) : List.of();
        if (!dated.isEmpty()) {
            dates.add(dated.get(0).found(), dated.get(0).found().hasTime() ? DATED_LINE_WITH_TIME_TRUST : 2, true);
        }
        addLineDates(dates, bodyMetas, 1.5, 0, false);
        List<Located> pageLines = nearTitle ? located(draft.docLines(), context) : List.of();
        List<MetaLine> page = pageLines.stream().map(Located::meta).toList();
        addLineDates(dates, page, 1, 0, false);
        if (dates.best() == null && nearTitle) {
            // A share bar or a standfirst may push the meta line past the window, and a forum prints the post's
            // time on its title's line: a full date and time there or a little further down still dates the page,
            // when nothing closer does.
            datedLines(HeadlineWindow.below(draft.docLines(), draft.titleIndex() - 1, FURTHER_META_LINES), context).stream()
                    .map(DatedLines.DatedLine::found).filter(f -> f.hasYear() && f.hasTime()).findFirst()
                    .ifPresent(found -> dates.add(found, 1, true));
        }

        List<MetaLine> all = new ArrayList<>(window);
        all.addAll(bodyMetas);
        String outlet = dated.stream().map(DatedLines.DatedLine::outlet).filter(o -> !o.isEmpty())
                .filter(o -> !sameName(o, structured.siteName())).findFirst().orElse("");
        String source = first(all, MetaField.SOURCE, true)
                .or(() -> outlet.isEmpty() ? Optional.empty() : Optional.of(outlet))
                .or(() -> first(page, MetaField.SOURCE, true))
                .or(() -> first(all, MetaField.SOURCE, false)).orElse("");
        String author = MetaValues.withoutAffiliation(labelledAuthor(bylines(window))
                .or(() -> dated.stream().map(DatedLines.DatedLine::author).filter(a -> !a.isEmpty()).findFirst())
                .or(() -> HeadlineWindow.proseByline(draft))
                .or(() -> HeadlineWindow.namesUnderTitle(draft))
                .or(() -> labelledAuthor(first(bodyMetas, MetaField.AUTHOR, false)))
                .or(() -> structured.author().isEmpty() ? Optional.empty() : Optional.of(structured.author()))
                .or(() -> labelledAuthor(first(nearText(draft,
                        nearTitle ? pageLines : located(draft.docLines(), context)), MetaField.AUTHOR, false)))
                .orElse(""));
        String editor = first(all, MetaField.EDITOR, false).or(() -> first(page, MetaField.EDITOR, false)).orElse("");
        Instant publishedAt = dates.best();
        return new Meta(publishedAt, source, author, editor, warnings(publishedAt, source, author, editor));
    }

    /** The day year-less dates are completed from: the URL's date, the machine-readable one, else the first full date near the headline. */
    private LocalDate anchor(PublishDates dates, StructuredMeta structured, List<Line> windowLines, ZoneId zone) {
        if (dates.urlDay() != null) {
            return dates.urlDay();
        }
        if (structured.publishedAt() != null) {
            return structured.publishedAt().atZone(zone).toLocalDate();
        }
        DateParser.Context plain = new DateParser.Context(null, false, zone);
        return windowLines.stream().flatMap(line -> metaParser.dates().findAll(line.raw(), plain).stream())
                .filter(DateParser.Found::hasYear).findFirst().map(f -> f.instant().atZone(zone).toLocalDate()).orElse(null);
    }

    /** An author label's value without a portal's link run into it, when it names somebody. */
    private static Optional<String> labelledAuthor(Optional<String> value) {
        return value.map(MetaValues::withoutReadMore).filter(MetaValues::couldBeAuthor);
    }

    /**
     * The page's meta lines down to a few lines with text past the end of the article's text: a byline further down
     * belongs to another story (a related article's teaser), not to this one.
     */
    private static List<MetaLine> nearText(PageDraft draft, List<Located> pageLines) {
        List<Line> lines = draft.docLines();
        int end = lines.size() - 1;
        if (!draft.bodyLines().isEmpty()) {
            Line last = draft.bodyLines().get(draft.bodyLines().size() - 1);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i) == last) {
                    end = i;
                    for (int seen = 0; end + 1 < lines.size() && seen < LINES_PAST_TEXT; end++) {
                        seen += lines.get(end + 1).clean().isEmpty() ? 0 : 1;
                    }
                    break;
                }
            }
        }
        int through = end;
        return pageLines.stream().filter(located -> located.last() <= through).map(Located::meta).toList();
    }

    private List<DatedLines.DatedLine> datedLines(List<Line> lines, DateParser.Context context) {
        List<DatedLines.DatedLine> dated = new ArrayList<>();
        for (Line line : lines) {
            DatedLines.read(line.raw(), metaParser.dates(), context).ifPresent(dated::add);
        }
        return dated;
    }

    private static boolean sameName(String a, String b) {
        String x = Text.compact(a).toLowerCase();
        String y = Text.compact(b).toLowerCase();
        return !y.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    private static void addLineDates(PublishDates dates, List<MetaLine> metas, double labelledTrust, double plainTrust,
            boolean visible) {
        boolean labelledSeen = false;
        boolean plainSeen = false;
        for (MetaLine meta : metas) {
            if (meta.found() == null) {
                continue;
            }
            if (meta.labelledDate()) {
                dates.add(meta.found(), labelledSeen ? labelledTrust / 4 : labelledTrust, visible);
                labelledSeen = true;
            } else if (!plainSeen && plainTrust > 0) {
                dates.add(meta.found(), plainTrust, visible);
                plainSeen = true;
            }
        }
    }

    /**
     * The first author credit near the headline, with the names of the byline lines right after it: papers credit
     * their interns and their reporters on lines of their own ("本报实习生 …" / "本报记者 …").
     */
    private static Optional<String> bylines(List<MetaLine> window) {
        for (int i = 0; i < window.size(); i++) {
            String names = window.get(i).value(MetaField.AUTHOR);
            if (names.isEmpty()) {
                continue;
            }
            StringBuilder all = new StringBuilder(names);
            for (int j = i + 1; j < window.size() && isBylineOnly(window.get(j)); j++) {
                all.append(' ').append(window.get(j).value(MetaField.AUTHOR));
            }
            return Optional.of(all.toString());
        }
        return Optional.empty();
    }

    private static boolean isBylineOnly(MetaLine meta) {
        return meta.found() == null && meta.values().size() == 1 && !meta.value(MetaField.AUTHOR).isEmpty();
    }

    private static Optional<String> first(List<MetaLine> metas, MetaField field, boolean namedOnly) {
        return metas.stream().map(m -> m.value(field)).filter(v -> !v.isEmpty())
                .filter(v -> !namedOnly || !MetaValues.isPlaceholder(v)).findFirst();
    }

    private static List<ParseWarning> warnings(Instant publishedAt, String source, String author, String editor) {
        List<ParseWarning> warnings = new ArrayList<>();
        if (publishedAt == null) {
            warnings.add(new ParseWarning("publishedAt", "no publish date found: looked for JSON-LD datePublished, "
                    + "article:published_time and pubdate meta tags, <time>, a dated line near the headline and the URL"));
        }
        if (source.isEmpty()) {
            warnings.add(new ParseWarning("source", "no source found: looked for a 来源/稿源/出处 label near the headline and at the article end"));
        }
        if (author.isEmpty()) {
            warnings.add(new ParseWarning("author", "no author found: looked for 作者/记者/文/ bylines, JSON-LD author and <meta name=author>"));
        }
        if (editor.isEmpty()) {
            warnings.add(new ParseWarning("editor", "no editor found: looked for a 责任编辑/编辑/责编 label"));
        }
        return List.copyOf(warnings);
    }

    private List<MetaLine> metas(List<Line> lines, DateParser.Context context) {
        return located(lines, context).stream().map(Located::meta).toList();
    }

    /** A meta line and the index of the last line it was read from (a label cell's value is on the next one). */
    private record Located(MetaLine meta, int last) {
    }

    private List<Located> located(List<Line> lines, DateParser.Context context) {
        List<Located> metas = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).raw();
            // A table of labels and values (a government notice's 发文机关 | 滨江市人民政府) gives each cell a line
            // of its own: the label's value is the cell after it.
            if (isLabelCell(raw) && i + 1 < lines.size() && !lines.get(i + 1).clean().isEmpty()
                    && !isLabelCell(lines.get(i + 1).raw())) {
                MetaLine joined = metaParser.parse(raw.strip() + lines.get(i + 1).raw().strip(), context);
                if (joined.isMeta() && (!joined.values().isEmpty() || joined.found() != null)) {
                    metas.add(new Located(joined, i + 1));
                    i++;
                    continue;
                }
            }
            MetaLine meta = metaParser.parse(raw, context);
            if (meta.isMeta()) {
                metas.add(new Located(meta, i));
            }
        }
        return metas;
    }

    /** A short label and nothing after it: "发文机关：", "来源:". */
    private static boolean isLabelCell(String raw) {
        String clean = raw.strip();
        int letters = Text.letters(clean);
        return (clean.endsWith("：") || clean.endsWith(":")) && letters >= 2 && letters <= LABEL_CELL_LETTERS;
    }
}
