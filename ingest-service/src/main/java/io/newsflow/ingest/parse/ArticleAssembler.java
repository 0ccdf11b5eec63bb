package io.newsflow.ingest.parse;

import java.util.List;

/** Applies the format-independent rules to a draft and refuses pages that are not articles. */
final class ArticleAssembler {

    static final int MIN_BODY_LETTERS = 30;

    private final BodyFilter bodyFilter;
    private final MetaCollector metaCollector;

    ArticleAssembler(BodyFilter bodyFilter, MetaCollector metaCollector) {
        this.bodyFilter = bodyFilter;
        this.metaCollector = metaCollector;
    }

    /** The writer's name on a line of its own above the text is the byline, now in the author field. */
    private static List<String> withoutAuthorLine(List<String> paragraphs, String author) {
        if (paragraphs.size() > 1 && !author.isEmpty() && Text.compact(paragraphs.get(0)).equals(Text.compact(author))) {
            return paragraphs.subList(1, paragraphs.size());
        }
        return paragraphs;
    }

    ParsedPage assemble(PageDraft draft, String url) throws NotAnArticleException {
        String where = url == null ? "" : " (" + url + ")";
        String title = Text.clean(draft.title());
        if (title.isEmpty()) {
            throw new NotAnArticleException("no headline found" + where
                    + ": expected an <h1>, og:title or <title>, or a headline line after the breadcrumb");
        }
        BodyFilter.Result body = bodyFilter.filter(draft.bodyLines(), draft.bodyStart(), title, draft.excluded());
        int letters = body.paragraphs().stream().mapToInt(Text::letters).sum();
        if (letters < MIN_BODY_LETTERS) {
            throw new NotAnArticleException("body has only " + letters + " characters of text (need "
                    + MIN_BODY_LETTERS + ")" + where + "; this looks like an index or navigation page");
        }
        MetaCollector.Meta meta = metaCollector.collect(draft, body.metas(), url);
        List<String> breadcrumb = BreadcrumbParser.withoutTitle(draft.breadcrumb(), title);
        List<String> keywords = body.keywords().isEmpty()
                ? BodyFilter.keywordsAfter(draft.docLines(), draft.titleIndex() + 1) : body.keywords();
        String language = LanguageDetector.detect(title + "\n" + String.join("\n", body.paragraphs()));
        return new ParsedPage(title, meta.publishedAt(), meta.source(), meta.author(), meta.editor(),
                breadcrumb, withoutAuthorLine(body.paragraphs(), meta.author()), keywords, language, meta.warnings());
    }
}
