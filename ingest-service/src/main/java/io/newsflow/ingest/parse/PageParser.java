package io.newsflow.ingest.parse;

import java.time.Clock;
import java.util.Objects;

/** Entry point: one general parser for Chinese news pages, whether HTML or a text dump of the rendered page. */
public final class PageParser {

    private final TextDumpReader textReader;
    private final HtmlReader htmlReader;
    private final ArticleAssembler assembler;

    /** @param clock supplies "now" for dates printed without a year, such as "10-15 15:08" */
    public PageParser(Clock clock) {
        DateParser dates = new DateParser(Objects.requireNonNull(clock, "clock"));
        MetaLineParser metaParser = new MetaLineParser(dates);
        HeadlinePicker headlines = new HeadlinePicker(metaParser);
        this.textReader = new TextDumpReader(metaParser, headlines);
        this.htmlReader = new HtmlReader(dates, metaParser, new ContentLocator(new DensityScorer()), headlines);
        this.assembler = new ArticleAssembler(new BodyFilter(metaParser), new MetaCollector(metaParser));
    }

    /** html=true: content is an HTML document; html=false: a plain-text dump of a rendered page. url may be null. */
    public ParsedPage parse(String content, boolean html, String url) throws NotAnArticleException {
        if (content == null || content.isBlank()) {
            throw new NotAnArticleException("page is empty" + (url == null ? "" : " (" + url + ")"));
        }
        if (looksLikeJson(content)) {
            throw new NotAnArticleException("the body is a JSON document, not a page" + (url == null ? "" : " (" + url
                    + ")") + "; post articles as JSON to /api/articles");
        }
        PageDraft draft = html ? htmlReader.read(content, url) : textReader.read(content);
        return assembler.assemble(draft, url);
    }

    /** A JSON object or array sent as a page: pages never start with a brace and end with one. */
    private static boolean looksLikeJson(String content) {
        String trimmed = content.strip();
        return (trimmed.startsWith("{") && trimmed.endsWith("}")) || (trimmed.startsWith("[{") && trimmed.endsWith("]"));
    }
}
