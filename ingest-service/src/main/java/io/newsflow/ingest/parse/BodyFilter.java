package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Keeps the prose lines of an article and sets aside keywords and trailing meta lines (e.g. 责任编辑). */
final class BodyFilter {

    // A standfirst is a sentence or two, perhaps with a share prompt after it.
    private static final int STANDFIRST_PARAGRAPHS = 2;

    private final MetaLineParser metaParser;

    BodyFilter(MetaLineParser metaParser) {
        this.metaParser = metaParser;
    }

    /** The prose, plus what was learned from the lines that were dropped. */
    record Result(List<String> paragraphs, List<String> keywords, List<MetaLine> metas) {
    }

    Result filter(List<Line> lines, int start, String title, Set<String> excludedCompact) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        List<MetaLine> metas = new ArrayList<>();
        String titleCompact = Text.compact(title);
        int standfirst = 0;
        for (int i = Math.max(0, start); i < lines.size(); i++) {
            Line line = lines.get(i);
            String clean = line.clean();
            if (clean.isEmpty()) {
                continue;
            }
            if (ChromeRules.isTrailingHeading(clean)) {
                if (paragraphs.isEmpty()) {
                    continue;
                }
                break;
            }
            Optional<List<String>> lineKeywords = ChromeRules.keywords(clean);
            if (lineKeywords.isPresent()) {
                keywords.addAll(lineKeywords.get());
                continue;
            }
            String compact = Text.compact(clean);
            if (compact.equals(titleCompact) || excludedCompact.contains(compact) || ChromeRules.isChrome(clean)
                    || BreadcrumbParser.isBreadcrumbLine(clean)) {
                continue;
            }
            MetaLine meta = metaParser.parse(line.raw());
            if (!paragraphs.isEmpty() && BodyRegion.isSignature(clean)) {
                // The issuing body and date that sign a notice are its last line (not a dated list item); the date
                // still counts as meta.
                if (meta.isMeta()) {
                    metas.add(meta);
                }
                paragraphs.add(clean);
                continue;
            }
            if (meta.isMeta()) {
                if (metas.isEmpty() && paragraphs.size() <= STANDFIRST_PARAGRAPHS
                        && (meta.date() != null || meta.has(MetaField.AUTHOR))) {
                    standfirst = paragraphs.size();
                }
                metas.add(meta);
                continue;
            }
            if (line.mostlyLinks() || ChromeRules.isListItem(clean)) {
                continue;
            }
            paragraphs.add(clean);
        }
        // A summary between the headline and the date line is the standfirst, not the text's opening.
        List<String> text = paragraphs.size() > standfirst ? paragraphs.subList(standfirst, paragraphs.size()) : paragraphs;
        return new Result(List.copyOf(text), List.copyOf(keywords), List.copyOf(metas));
    }

    /** Keyword lines anywhere after the headline, for pages whose tag box sits outside the content element. */
    static List<String> keywordsAfter(List<Line> lines, int start) {
        Set<String> keywords = new LinkedHashSet<>();
        for (int i = Math.max(0, start); i < lines.size(); i++) {
            String clean = lines.get(i).clean();
            if (ChromeRules.isTrailingHeading(clean)) {
                break;
            }
            ChromeRules.keywords(clean).ifPresent(keywords::addAll);
        }
        return List.copyOf(keywords);
    }
}
