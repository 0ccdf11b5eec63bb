package io.newsflow.ingest.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plain-text dump of a rendered page (a browser's select-all copy, {@code w3m -dump}, {@code lynx -dump}):
 * one visual line per text line, no markup. The running text is the longest run of prose lines; the headline is
 * the line before it that the meta line, the breadcrumb's last step and its position agree on.
 */
final class TextDumpReader {


    private final MetaLineParser metaParser;
    private final HeadlinePicker headlines;

    TextDumpReader(MetaLineParser metaParser, HeadlinePicker headlines) {
        this.metaParser = metaParser;
        this.headlines = headlines;
    }

    PageDraft read(String content) {
        List<Line> lines = DumpColumns.readingOrder(Arrays.asList(content.split("\\R", -1))).stream()
                .map(Line::plain).toList();
        int crumbIndex = -1;
        List<String> crumbs = List.of();
        for (int i = 0; i < lines.size() && crumbIndex < 0; i++) {
            Optional<List<String>> parsed = BreadcrumbParser.parse(lines.get(i).raw(), false);
            if (parsed.isPresent()) {
                crumbIndex = i;
                crumbs = parsed.get();
            }
        }
        ProseRun.Run run = ProseRun.window(lines);
        String lastCrumb = crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1);
        HeadlinePicker.Pick pick = headlines.pick(lines, run.start(), run.end(),
                new HeadlinePicker.Clues(List.of(), "", Set.of(), lastCrumb));
        String title = pick.text();
        int titleIndex = pick.index();
        if (titleIndex < 0) {
            // The headline is only visible as the breadcrumb's last level.
            title = lastCrumb;
            titleIndex = crumbIndex;
        }
        List<Line> body = run.found() ? BodyRegion.cut(lines, titleIndex, run.start(),
                BodyRegion.closingLines(lines, run.end()), metaParser)
                : lines.subList(Math.max(0, titleIndex + 1), lines.size());
        return new PageDraft(lines, titleIndex, DumpFurniture.strip(body), 0, crumbs, title, null, Set.of(), StructuredMeta.NONE);
    }
}
