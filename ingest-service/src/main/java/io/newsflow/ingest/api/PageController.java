package io.newsflow.ingest.api;

import io.newsflow.ingest.article.ArticleIngestion;
import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.ingest.parse.NotAnArticleException;
import io.newsflow.ingest.parse.PageParser;
import io.newsflow.ingest.parse.ParsedPage;
import io.newsflow.model.Origin;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/pages}: a rendered page as HTML or as a text dump, parsed into an article. */
@RestController
@RequestMapping("/api/pages")
class PageController {

    private final ArticleIngestion ingestion;
    private final PageParser parser;
    private final RequestBodies bodies;

    PageController(ArticleIngestion ingestion, PageParser parser, RequestBodies bodies) {
        this.ingestion = ingestion;
        this.parser = parser;
        this.bodies = bodies;
    }

    @PostMapping(consumes = {MediaType.TEXT_HTML_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<IngestResponse> ingestPage(HttpServletRequest request,
            @RequestHeader(value = "X-Source-Url", required = false) String urlHeader,
            @RequestParam(value = "url", required = false) String urlParam) throws IOException, NotAnArticleException {
        MediaType type = MediaType.parseMediaType(request.getContentType());
        boolean html = MediaType.TEXT_HTML.isCompatibleWith(type);
        String content = decode(bodies.read(request), type);
        String url = urlParam != null ? urlParam : urlHeader;
        ParsedPage page = parser.parse(content, html, url);
        return IngestResponse.of(ingestion.ingest(new ArticleSubmission(url, page.title(), page.bodyText(),
                page.bodyHtml(), page.publishedAt(), page.source(), page.author(), page.breadcrumb(), page.language(),
                Origin.PAGE, page.sourceKeywords())));
    }

    private static String decode(byte[] body, MediaType type) {
        Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("The body is not valid " + charset.name()
                    + "; declare its charset in the Content-Type header.");
        }
    }
}
