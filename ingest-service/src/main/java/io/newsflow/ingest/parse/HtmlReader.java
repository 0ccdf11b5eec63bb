package io.newsflow.ingest.parse;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Reads an HTML document into a draft: headline, breadcrumb, machine-readable date and content lines. */
final class HtmlReader {

    private static final Pattern CRUMB_HINT = Pattern.compile("breadcrumb|crumb|position|location|weizhi|dqwz", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CRUMB_LENGTH = 200;
    private static final int FAR_LESS = 4;
    private static final int MAX_DATE_SCRIPT = 200;
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "[\"'](\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)");

    private final DateParser dates;
    private final MetaLineParser metaParser;
    private final ContentLocator contentLocator;
    private final HeadlinePicker headlines;

    HtmlReader(DateParser dates, MetaLineParser metaParser, ContentLocator contentLocator, HeadlinePicker headlines) {
        this.dates = dates;
        this.metaParser = metaParser;
        this.contentLocator = contentLocator;
        this.headlines = headlines;
    }

    PageDraft read(String content, String url) {
        Document doc = Jsoup.parse(content, url == null ? "" : url);
        // JSON-LD lives in <script>: read it before scripts go.
        StructuredMeta structured = StructuredMetaReader.read(doc, dates);
        Instant metaDate = structured.publishedAt() != null ? structured.publishedAt() : timeElementDate(doc);
        Set<String> excluded = new HashSet<>();
        List<String> crumbs = breadcrumb(doc, excluded).orElse(null);
        HeadlinePicker.Clues clues = HtmlTitleFinder.clues(doc, structured, crumbs == null ? List.of() : crumbs);
        String readable = ReadabilitySignal.articleLetters(doc, url);
        writtenDates(doc);
        // Image captions and credits sit inside the article but are not its text.
        doc.select("script, style, noscript, template, iframe, svg, title, meta, link, figcaption").remove();
        // What a browser never shows, and a video player's controls, are not text either. (Visibility is no sign:
        // WeChat and other pages hide the article with it until their script has run.)
        doc.select("[hidden], [style~=(?i)display\\s*:\\s*none]").remove();
        doc.select("[class~=(?i)player], [id~=(?i)player]").remove();
        Element contentElement = contentLocator.locate(doc);
        List<Line> docLines = BlockLines.of(doc.body(), contentElement);
        if (crumbs == null) {
            crumbs = lineBreadcrumb(docLines);
            clues = new HeadlinePicker.Clues(clues.references(), clues.rawTitle(), clues.siteNames(),
                    crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1));
        }
        int[] region = region(docLines, readable);
        HeadlinePicker.Pick pick = headlines.pick(docLines, region[0], region[1], clues);
        String title = pick.text();
        int titleIndex = pick.index();
        if (titleIndex < 0) {
            title = clues.references().isEmpty() ? "" : clues.references().get(clues.references().size() - 1);
            titleIndex = indexOf(docLines, title);
        }
        List<Line> bodyLines = BodyRegion.cut(docLines, titleIndex, region[0], region[1], metaParser);
        return new PageDraft(docLines, titleIndex, bodyLines, 0, crumbs, title,
                metaDate, Set.copyOf(excluded), structured);
    }

    /**
     * First and last line of the running text: where Readability found the article, which measured best on the
     * dev set, cut at the reader's own end of the text where the two overlap; when Readability finds none, the
     * reader's own region.
     */
    private static int[] region(List<Line> lines, String readable) {
        int[] byReadability = readabilityRegion(lines, readable);
        int[] own = ownRegion(lines);
        if (byReadability[0] < 0) {
            return own;
        }
        // Where both find the text, it ends where the first of them says it does: what Readability keeps past the
        // reader's own end is reader comments, ads or a sidebar more often than text.
        boolean overlap = own[0] >= 0 && own[0] <= byReadability[1] && own[1] >= byReadability[0];
        if (overlap) {
            return new int[] {byReadability[0], Math.min(byReadability[1], own[1])};
        }
        // Apart, the one with far more text wins: on a forum thread Readability may take the last short reply.
        return own[0] >= 0 && textLetters(lines, byReadability) * FAR_LESS < textLetters(lines, own) ? own : byReadability;
    }

    private static int textLetters(List<Line> lines, int[] region) {
        int letters = 0;
        for (int i = Math.max(0, region[0]); i <= region[1] && i < lines.size(); i++) {
            if (!lines.get(i).mostlyLinks()) {
                letters += Text.letters(lines.get(i).raw());
            }
        }
        return letters;
    }

    /**
     * The content element's prose when it holds at least half of the page's longest prose run, else that run.
     * Content hints lie on some pages (a teaser box called "content"), and the run alone would take in reader
     * comments on others; each checks the other.
     */
    private static int[] ownRegion(List<Line> lines) {
        ProseRun.Run run = ProseRun.find(lines);
        int first = -1;
        int last = -1;
        int inRun = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.inContent() && ProseRun.isProse(line)) {
                first = first < 0 ? i : first;
                last = i;
                if (i >= run.start() && i <= run.end()) {
                    inRun += Text.letters(line.raw());
                }
            }
        }
        if (first >= 0 && inRun * 2 >= run.letters()) {
            return new int[] {first, BodyRegion.closingLines(lines, last)};
        }
        return new int[] {run.start(), BodyRegion.closingLines(lines, run.end())};
    }

    /** First and last prose line whose text Readability kept in its article, or -1s. */
    private static int[] readabilityRegion(List<Line> lines, String readable) {
        int first = -1;
        int last = -1;
        int letters = 0;
        if (readable.isEmpty()) {
            return new int[] {-1, -1};
        }
        for (int i = 0; i < lines.size(); i++) {
            String own = ReadabilitySignal.letters(lines.get(i).raw());
            if (own.length() >= 4 && readable.contains(own) && !lines.get(i).mostlyLinks()) {
                first = first < 0 ? i : first;
                last = i;
                letters += own.length();
            }
        }
        return letters >= ArticleAssembler.MIN_BODY_LETTERS ? new int[] {first, last}
                : new int[] {-1, -1};
    }

    /**
     * Some pages print the date with a small inline script ({@code <script>showDate("2026/03/02 21:15")</script>}):
     * a browser shows the date there, so the reader puts it there as text before scripts go.
     */
    private static void writtenDates(Document doc) {
        for (Element script : doc.body().select("script:not([src])")) {
            String code = script.data();
            if (code.length() <= MAX_DATE_SCRIPT) {
                Matcher date = SCRIPT_DATE.matcher(code);
                if (date.find()) {
                    script.before(new TextNode(" " + date.group(1) + " "));
                }
            }
        }
    }

    /** A &lt;time datetime&gt; of the article, when the page's date &lt;meta&gt; tags and JSON-LD (StructuredMetaReader) give none. */
    private Instant timeElementDate(Document doc) {
        // <time> inside lists and footers dates other articles, not this one.
        for (Element time : doc.select("time[datetime]")) {
            if (time.closest("li, aside, footer, nav") == null) {
                Optional<DateParser.Found> found = dates.find(time.attr("datetime"));
                if (found.isPresent()) {
                    return found.get().instant();
                }
            }
        }
        return null;
    }

    private static Optional<List<String>> breadcrumb(Document doc, Set<String> excluded) {
        for (Element el : doc.body().getAllElements()) {
            if (!CRUMB_HINT.matcher(el.className() + " " + el.id()).find()) {
                continue;
            }
            String text = Text.clean(el.text());
            if (text.isEmpty() || text.length() > MAX_CRUMB_LENGTH) {
                continue;
            }
            Optional<List<String>> crumbs = BreadcrumbParser.parse(text, false);
            if (crumbs.isEmpty() && el.select("a").size() >= 2) {
                crumbs = BreadcrumbParser.parse(String.join(" > ", el.select("a").eachText()) + " > " + el.ownText(), true);
            }
            if (crumbs.isPresent()) {
                excluded.add(Text.compact(text));
                return crumbs;
            }
        }
        return Optional.empty();
    }

    private static List<String> lineBreadcrumb(List<Line> lines) {
        return lines.stream().map(line -> BreadcrumbParser.parse(line.raw(), false)).flatMap(Optional::stream)
                .findFirst().orElse(List.of());
    }

    private static int indexOf(List<Line> lines, String title) {
        String wanted = Text.compact(title);
        for (int i = 0; i < lines.size(); i++) {
            if (!wanted.isEmpty() && Text.compact(lines.get(i).raw()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
