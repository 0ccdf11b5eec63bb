package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps the prose lines of an article and sets aside keywords and trailing meta lines (e.g. 责任编辑). */
final class BodyFilter {

    // A standfirst is a sentence or two, perhaps with a share prompt after it.
    private static final int STANDFIRST_PARAGRAPHS = 2;
    private static final int INSET_BOX_LINES = 10;
    private static final int SHORT_LETTERS = 20;
    private static final int TOOLBAR_LINES = 4;
    private static final int TOOLBAR_TOOLS = 2;
    private static final int TEXT_BEFORE_TOOLBAR = 100;
    private static final int NEXT_POST_AFTER = 200;
    // Where an article was first printed, or its author's affiliation: credits, not text.
    private static final Pattern CREDIT = Pattern.compile(
            "^[(（【\\[]?\\s*(?:摘自|转自|轉自|转载自|轉載自|选自|選自|原载|原載|作者单位|作者單位)");
    private static final int RESUMED_LETTERS = 40;
    // Teasers of other stories end in questions and exclamations; the story's own text goes on with statements.
    private static final Pattern FULL_STOP = Pattern.compile("。[”」’\"]?$");
    private static final Pattern FINISHED = Pattern.compile("[。！？!?][”」’\"]?$");

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
        int textLetters = 0;
        // Short lines and page tools in a row since the last paragraph of text: a toolbar, or a comment box's
        // controls, when they are many and some are tools.
        int furniture = 0;
        int shortAfterTool = 0;
        int tools = 0;
        boolean signed = false;
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
                // A "推荐阅读" box set into the story, with the text going on below it, is skipped, not the end.
                int resume = textResumesAfter(lines, i);
                if (resume < 0) {
                    // Short lines among page tools just above the heading are the toolbar's too.
                    paragraphs.subList(paragraphs.size() - shortAfterTool, paragraphs.size()).clear();
                    break;
                }
                i = resume - 1;
                continue;
            }
            Optional<List<String>> lineKeywords = ChromeRules.keywords(clean);
            if (lineKeywords.isPresent()) {
                keywords.addAll(lineKeywords.get());
                continue;
            }
            String compact = Text.compact(clean);
            if ((ChromeRules.isFooter(clean) || ChromeRules.isReplyHeader(clean)) && textLetters >= TEXT_BEFORE_TOOLBAR) {
                break; // the copyright or reprint notice closes the page's text; readers' replies follow it
            }
            if (ChromeRules.isChrome(clean)) {
                furniture++;
                tools++;
                continue;
            }
            if (compact.equals(titleCompact) || excludedCompact.contains(compact) || BreadcrumbParser.isBreadcrumbLine(clean)
                    || CREDIT.matcher(clean).find()) {
                continue;
            }
            MetaLine meta = metaParser.parse(line.raw());
            if (signed && meta.isMeta() && meta.date() != null && meta.values().isEmpty()) {
                // The date under a notice's signature belongs to it.
                metas.add(meta);
                paragraphs.add(clean);
                signed = false;
                continue;
            }
            signed = false;
            if (textLetters >= NEXT_POST_AFTER && BodyRegion.isPostTime(meta)
                    && !paragraphs.isEmpty() && BodyRegion.isHeadingLike(paragraphs.get(paragraphs.size() - 1))) {
                // A headline and then its date, below the text: the next post of a blog or forum page begins.
                paragraphs.remove(paragraphs.size() - 1);
                break;
            }
            if (!paragraphs.isEmpty() && BodyRegion.isSignature(clean)) {
                signed = true;
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
            if (line.mostlyLinks() || ChromeRules.isListItem(clean) || (textLetters == 0 && BodyRegion.isHeadlineStrip(clean))) {
                continue;
            }
            int letters = Text.letters(clean);
            if (letters <= SHORT_LETTERS && !FINISHED.matcher(clean).find()) {
                furniture++;
                shortAfterTool += tools > 0 ? 1 : 0;
                paragraphs.add(clean);
                continue;
            }
            if (textLetters >= TEXT_BEFORE_TOOLBAR && tools >= TOOLBAR_TOOLS && furniture >= TOOLBAR_LINES) {
                // Text below a toolbar or a comment box is another story's or a reader's.
                paragraphs.subList(paragraphs.size() - shortAfterTool, paragraphs.size()).clear();
                break;
            }
            furniture = 0;
            shortAfterTool = 0;
            tools = 0;
            if (BodyRegion.SENTENCE_MARK.matcher(clean).find()) {
                textLetters += letters;
            }
            paragraphs.add(clean);
        }
        // A summary between the headline and the date line is the standfirst, not the text's opening.
        List<String> text = paragraphs.size() > standfirst ? paragraphs.subList(standfirst, paragraphs.size()) : paragraphs;
        return new Result(List.copyOf(text), List.copyOf(keywords), List.copyOf(metas));
    }

    /**
     * The line where running text resumes after a related-links heading: the first line after the box's links
     * that is a long statement ending in a full stop, within a box's length; -1 when the heading ends the text.
     */
    private static int textResumesAfter(List<Line> lines, int heading) {
        for (int i = heading + 1, seen = 0; i < lines.size() && seen < INSET_BOX_LINES; i++) {
            Line line = lines.get(i);
            String clean = line.clean();
            if (clean.isEmpty()) {
                continue;
            }
            seen++;
            if (ChromeRules.isTrailingHeading(clean) || ChromeRules.isChrome(clean)) {
                return -1;
            }
            if (!line.mostlyLinks()) {
                return Text.letters(clean) >= RESUMED_LETTERS && FULL_STOP.matcher(clean).find() ? i : -1;
            }
        }
        return -1;
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
