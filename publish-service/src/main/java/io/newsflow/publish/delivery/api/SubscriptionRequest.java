package io.newsflow.publish.delivery.api;

import java.util.List;

/**
 * Body of {@code POST /api/subscriptions}:
 * <pre>
 * {"callback": "https://partner.example/hooks/newsflow",   // omit or null for a pull subscription
 *  "filters": {"categories": ["国内新闻/上海新闻"], "keywords": ["进博会"], "sources": ["新民晚报"], "language": "zh"},
 *  "format": "article" | "jsonfeed-item" | "atom-entry" | "ninjs",   // optional, article by default
 *  "secrets": ["whsec_..."]}                                 // optional; one is generated when absent
 * </pre>
 */
record SubscriptionRequest(String callback, Filters filters, String format, List<String> secrets) {

    record Filters(List<String> categories, List<String> keywords, List<String> sources, String language) {
    }
}
