package io.newsflow.publish.web;

import io.newsflow.model.ArticleEnriched;
import io.newsflow.publish.PublishProperties;
import io.newsflow.publish.feed.ArticleLists;
import io.newsflow.support.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Embeddable widgets: {@code /widgets/latest.html} (最近更新) and {@code /widgets/recommended/{id}.html} (推荐资讯)
 * as HTML fragments, and {@code /widgets/newsflow.js}, which fills every {@code [data-newsflow-widget]} element of a
 * partner page with one. Parameters: {@code count} (1–50), {@code category}, {@code lang} (zh-Hans / zh-Hant).
 */
@Tag(name = "Widgets", description = "Boxes partner pages embed; the same partner key and rate limits as the feeds.")
@RestController
class WidgetController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final String COUNT = "How many articles, 1 to 50.";
    private static final String LANG = "zh-Hans (default) or zh-Hant.";
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final ArticleLists lists;
    private final WidgetRenderer renderer;
    private final String baseUrl;

    WidgetController(ArticleLists lists, WidgetRenderer renderer, PublishProperties properties) {
        this.lists = lists;
        this.renderer = renderer;
        this.baseUrl = properties.publicBaseUrl();
    }

    @Operation(summary = "最近更新 box: the newest articles as an HTML fragment")
    @ApiResponse(responseCode = "200", description = "The fragment", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "400", description = "count out of range or an unknown lang.")
    @GetMapping("/widgets/latest.html")
    ResponseEntity<?> latest(@Parameter(description = COUNT) @RequestParam(defaultValue = "10") int count,
            @Parameter(description = "Only articles of this category path or topic code.")
            @RequestParam(required = false) String category,
            @Parameter(description = LANG) @RequestParam(required = false) String lang) {
        try {
            List<ArticleEnriched> articles = lists.latest(checkedCount(count), category);
            return fragment("latest", "最近更新", articles, lang);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @Operation(summary = "推荐资讯 box: the articles recommended beside one article as an HTML fragment")
    @ApiResponse(responseCode = "200", description = "The fragment", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "400", description = "count out of range or an unknown lang.")
    @ApiResponse(responseCode = "404", description = "No article with this id.")
    @GetMapping("/widgets/recommended/{id}.html")
    ResponseEntity<?> recommended(@Parameter(description = "The article id.") @PathVariable String id,
            @Parameter(description = COUNT) @RequestParam(defaultValue = "5") int count,
            @Parameter(description = LANG) @RequestParam(required = false) String lang) {
        try {
            return lists.recommended(id, checkedCount(count))
                    .<ResponseEntity<?>>map(articles -> fragment("recommended", "推荐资讯", articles, lang))
                    .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No article with id " + id + "."));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @Operation(summary = "The widgets' stylesheet")
    @ApiResponse(responseCode = "200", description = "CSS", content = @Content(mediaType = "text/css"))
    @GetMapping("/widgets/newsflow.css")
    ResponseEntity<Resource> stylesheet() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/css;charset=UTF-8"))
                .cacheControl(CACHE).header("Access-Control-Allow-Origin", "*")
                .body(new ClassPathResource("widgets/newsflow.css"));
    }

    @Operation(summary = "The widget script", description = "Fills every [data-newsflow-widget] element of the page "
            + "with a widget fragment.")
    @ApiResponse(responseCode = "200", description = "JavaScript", content = @Content(mediaType = "text/javascript"))
    @GetMapping("/widgets/newsflow.js")
    ResponseEntity<Resource> script() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CACHE).header("Access-Control-Allow-Origin", "*")
                .body(new ClassPathResource("widgets/newsflow.js"));
    }

    private ResponseEntity<?> fragment(String kind, String title, List<ArticleEnriched> articles, String lang) {
        boolean hant = "zh-Hant".equalsIgnoreCase(lang);
        if (lang != null && !hant && !"zh-Hans".equalsIgnoreCase(lang)) {
            return problem(HttpStatus.BAD_REQUEST, "'lang' must be zh-Hans or zh-Hant.");
        }
        UnaryOperator<String> localize = hant ? lists::traditional : UnaryOperator.identity();
        String html = renderer.fragment(kind, title, articles, baseUrl, hant ? "zh-Hant" : "zh-Hans", localize);
        return ResponseEntity.ok().contentType(HTML).cacheControl(CACHE)
                .header("Access-Control-Allow-Origin", "*").body(html);
    }

    private static int checkedCount(int count) {
        if (count < 1 || count > 50) {
            throw new IllegalArgumentException("'count' must be from 1 to 50.");
        }
        return count;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return Problems.of(status).detail(detail).response();
    }
}
