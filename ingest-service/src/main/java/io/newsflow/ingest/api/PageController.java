package io.newsflow.ingest.api;

import io.newsflow.ingest.article.ArticleIngestion;
import io.newsflow.ingest.article.ArticleSubmission;
import io.newsflow.ingest.parse.NotAnArticleException;
import io.newsflow.ingest.parse.PageDecoder;
import io.newsflow.ingest.parse.PageParser;
import io.newsflow.ingest.parse.ParsedPage;
import io.newsflow.model.Origin;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/pages}: a rendered page as HTML or as a text dump, in any charset (declared, in a meta tag,
 * or detected), parsed into an article.
 */
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
            @RequestParam(value = "url", required = false) String urlParam) throws IOException, NotAnArticleException, PageDecoder.UndecodableException {
        MediaType type = MediaType.parseMediaType(request.getContentType());
        boolean html = MediaType.TEXT_HTML.isCompatibleWith(type);
        String content = PageDecoder.decode(bodies.read(request), type.getCharset());
        String url = urlParam != null ? urlParam : urlHeader;
        ParsedPage page = parser.parse(content, html, url);
        return IngestResponse.of(ingestion.ingest(ArticleSubmission.ofPage(page, url, Origin.PAGE)));
    }
}
