package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a plain-text dump of a rendered page (a browser's select-all copy, {@code w3m -dump}, {@code lynx -dump}):
 * one visual line per text line, no markup. The running text is the longest run of prose lines; the headline is
 * the line before it that the meta line, the breadcrumb's last step and its position agree on.
 */
final class TextDumpReader {

    private static final int TRAILING_CREDIT_LINES = 3;
    private static final Pattern SENTENCE = Pattern.compile("\\p{IsHan}.*[。！？；，]|[A-Za-z]{2,}.*[.!?;,]\\s|^.{40,}$");

    private final MetaLineParser metaParser;
    private final HeadlinePicker headlines;

    TextDumpReader(MetaLineParser metaParser, HeadlinePicker headlines) {
        this.metaParser = metaParser;
        this.headlines = headlines;
    }

    PageDraft read(String content) {
        List<Line> lines = Arrays.stream(content.split("\\R", -1)).map(Line::plain).toList();
        int crumbIndex = -1;
        List<String> crumbs = List.of();
        for (int i = 0; i < lines.size() && crumbIndex < 0; i++) {
            Optional<List<String>> parsed = BreadcrumbParser.parse(lines.get(i).raw(), false);
            if (parsed.isPresent()) {
                crumbIndex = i;
                crumbs = parsed.get();
            }
        }
        ProseRun.Run run = ProseRun.find(lines);
        String lastCrumb = crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1);
        HeadlinePicker.Pick pick = headlines.pick(lines, run.start(),
                new HeadlinePicker.Clues(List.of(), "", Set.of(), lastCrumb));
        String title = pick.text();
        int titleIndex = pick.index();
        if (titleIndex < 0) {
            // The headline is only visible as the breadcrumb's last level.
            title = lastCrumb;
            titleIndex = crumbIndex;
        }
        return new PageDraft(lines, titleIndex, bodyLines(lines, run, titleIndex), titleIndex + 1, crumbs, title, null,
                Set.of(), StructuredMeta.NONE);
    }

    /** Up to the end of the running text, plus the credit lines (责任编辑, 来源) that portals print right after it. */
    private List<Line> bodyLines(List<Line> lines, ProseRun.Run run, int titleIndex) {
        if (!run.found()) {
            return lines;
        }
        // Between the headline and the running text sit the meta line, share bars and image credits: of those
        // lines only sentences are kept (a short lead), and the meta lines, which the body filter sets aside.
        List<Line> kept = new ArrayList<>(lines);
        for (int i = Math.max(0, titleIndex + 1); i < run.start(); i++) {
            Line line = lines.get(i);
            if (!SENTENCE.matcher(line.clean()).find() && !metaParser.parse(line.raw()).isMeta()) {
                kept.set(i, Line.plain(""));
            }
        }
        int end = run.end() + 1;
        for (int seen = 0; end < lines.size() && seen < TRAILING_CREDIT_LINES; end++) {
            if (lines.get(end).clean().isEmpty()) {
                continue;
            }
            seen++;
            if (!metaParser.parse(kept.get(end).raw()).isMeta()) {
                break;
            }
        }
        return kept.subList(0, end);
    }
}
