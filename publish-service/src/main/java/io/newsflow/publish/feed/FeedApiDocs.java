package io.newsflow.publish.feed;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The feeds in the API document, one path per {@link FeedKind}: the controller takes them all through one
 * {@code /feeds/{*rest}} mapping, which OpenAPI cannot describe (a category path has slashes). Ordered before the
 * customizer that adds security and problem responses by path.
 */
@Component
class FeedApiDocs implements OpenApiCustomizer, Ordered {

    private static final String FORMATS = " Append .rss (or .xml), .atom, .json or .ninjs to choose the format, or use "
            + "?format=; RSS when neither is given.";

    @Override
    public void customise(OpenAPI api) {
        Paths paths = api.getPaths();
        new ArrayList<>(paths.keySet()).stream().filter(p -> p.startsWith("/feeds/")).forEach(paths::remove);
        for (FeedKind kind : FeedKind.values()) {
            String variable = variable(kind);
            String path = "/feeds/" + kind.segment() + (variable == null ? "" : "/{" + variable + "}");
            paths.addPathItem(path, new PathItem().get(operation(kind, variable)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static String variable(FeedKind kind) {
        return switch (kind) {
            case LATEST -> null;
            case CATEGORY -> "path";
            case KEYWORD -> "term";
            case SOURCE -> "source";
            case RECOMMENDED -> "articleId";
        };
    }

    private static String summary(FeedKind kind) {
        return switch (kind) {
            case LATEST -> "最近更新: the newest articles";
            case CATEGORY -> "The newest articles of a category";
            case KEYWORD -> "The newest articles with a keyword";
            case SOURCE -> "The newest articles of a source (来源)";
            case RECOMMENDED -> "推荐资讯: the articles recommended beside one article";
        };
    }

    private static String valueDescription(FeedKind kind) {
        return switch (kind) {
            case LATEST -> "";
            case CATEGORY -> "A category path as on the article (国内新闻/上海新闻; slashes stay slashes) or a topic "
                    + "code (sport).";
            case KEYWORD -> "A keyword term (进博会).";
            case SOURCE -> "A source name (新民晚报).";
            case RECOMMENDED -> "The id of the article whose recommendations are listed.";
        };
    }

    private static Operation operation(FeedKind kind, String variable) {
        List<Parameter> parameters = new ArrayList<>();
        if (variable != null) {
            parameters.add(new Parameter().in("path").name(variable).required(true)
                    .description(valueDescription(kind) + FORMATS.replace(" or use ?format=", ""))
                    .schema(new StringSchema()));
        }
        parameters.add(query("format", "rss, atom, json or ninjs (instead of an extension).", new StringSchema()
                ._enum(List.of("rss", "atom", "json", "ninjs"))));
        parameters.add(query("limit", "Items per page, 1 to " + FeedRequest.MAX_LIMIT + ".",
                new IntegerSchema().minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(FeedRequest.MAX_LIMIT))));
        parameters.add(query("after", "Cursor: the items after this one. Feeds link the next page (JSON Feed "
                + "next_url, Atom/RSS rel=next) with it; treat it as opaque.", new StringSchema()));
        parameters.add(query("lang", "zh-Hans (default) or zh-Hant: titles, summaries and text converted to "
                + "Traditional characters.", new StringSchema()._enum(List.of("zh-Hans", "zh-Hant"))));
        parameters.add(query("mode", "full (default) or brief: brief leaves out the article text.",
                new StringSchema()._enum(List.of("full", "brief"))));
        for (String filter : FeedRequest.FILTERS) {
            parameters.add(query(filter, filterDescription(filter), new StringSchema().maxLength(
                    ItemFilter.MAX_PATTERN_LENGTH)));
        }
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("The feed, with a strong ETag, Last-Modified, "
                        + "Cache-Control and Link headers (rel=self, rel=hub); gzip or br when asked.")
                        .content(new Content()
                                .addMediaType("application/rss+xml", new MediaType().schema(new StringSchema()))
                                .addMediaType("application/atom+xml", new MediaType().schema(new StringSchema()))
                                .addMediaType("application/feed+json", new MediaType().schema(new StringSchema()))
                                .addMediaType("application/json", new MediaType().schema(new StringSchema())))
                        .addHeaderObject("ETag", new Header().schema(new StringSchema()))
                        .addHeaderObject("Last-Modified", new Header().schema(new StringSchema()))
                        .addHeaderObject("Link", new Header().schema(new StringSchema())))
                .addApiResponse("304", new ApiResponse().description("Not modified: If-None-Match or "
                        + "If-Modified-Since still holds."))
                .addApiResponse("400", new ApiResponse().description("An unknown parameter (named, with the one it "
                        + "was probably meant to be), a bad limit, lang, mode, format, cursor or expression."));
        if (kind == FeedKind.RECOMMENDED) {
            responses.addApiResponse("404", new ApiResponse().description("No article with this id."));
        }
        return new Operation().addTagsItem("Feeds").operationId("feed" + kind.name().charAt(0)
                + kind.name().substring(1).toLowerCase(Locale.ROOT)).summary(summary(kind))
                .description("RSS 2.0, Atom, JSON Feed 1.1 or IPTC NINJS 3.1 items (application/json), newest first." + FORMATS + " Unknown query parameters "
                        + "are refused with 400.")
                .parameters(parameters).responses(responses);
    }

    private static String filterDescription(String name) {
        boolean out = name.startsWith("filterout");
        String field = name.contains("_") ? "the " + name.substring(name.indexOf('_') + 1) : "title, summary, category "
                + "or keyword";
        return "A regular expression (RE2, case-insensitive, at most " + ItemFilter.MAX_PATTERN_LENGTH
                + " characters): " + (out ? "leave out" : "keep only") + " items whose " + field + " matches.";
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
    }
}
