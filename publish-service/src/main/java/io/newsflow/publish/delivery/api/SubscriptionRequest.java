package io.newsflow.publish.delivery.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Body of {@code POST /api/subscriptions}:
 * <pre>
 * {"callback": "https://partner.example/hooks/newsflow",   // omit or null for a pull subscription
 *  "filters": {"categories": ["国内新闻/上海新闻"], "keywords": ["进博会"], "sources": ["新民晚报"], "language": "zh"},
 *  "format": "article" | "jsonfeed-item" | "atom-entry" | "ninjs",   // optional, article by default
 *  "secrets": ["whsec_..."]}                                 // optional; one is generated when absent
 * </pre>
 * Read strictly: a field not listed here is refused with 400 naming it (a misspelt one would change nothing).
 */
@Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record SubscriptionRequest(
        @Schema(description = "Where to POST matching articles: a public http or https URL. Omit for a pull "
                + "subscription.", example = "https://partner.example/hooks/newsflow") String callback,
        @Schema(description = "Which articles; all when omitted.") Filters filters,
        @Schema(description = "The body of each push.", allowableValues = {"article", "jsonfeed-item", "atom-entry"},
                defaultValue = "article") String format,
        @Schema(description = "Signing secrets, whsec_ followed by a base64 key of 24 to 64 bytes; one is generated "
                + "when omitted.") List<String> secrets) {

    /** Each non-empty list must match (AND between lists, OR within one). */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Filters(
            @Schema(description = "Category paths (国内新闻/上海新闻 and below) or topic codes.") List<String> categories,
            @Schema(description = "Keywords, case-insensitive.") List<String> keywords,
            @Schema(description = "Source names (来源), exactly.") List<String> sources,
            @Schema(description = "Primary language tag: zh matches zh-Hans and zh-Hant.", example = "zh")
            String language) {
    }
}
