package io.newsflow.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/** JSON articles for {@code POST /api/articles} and its batch form: hostile ones that are valid, and broken ones. */
final class BadArticles {

    static final String BODY = "围绕虹桥国际开放枢纽建设和加快推进数字化转型,长宁聚力提升国际精品城区软实力,打造长宁外事品牌。";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] WRONG_TYPES = {"{}", "[]", "{\"<script>\":\"" + XssPayloads.MARK + "\"}",
        "[\"a\",[\"b\"]]", "{\"nested\":{\"deep\":[[[[]]]]}}"};
    private static final String[] BAD_DATES = {"\"2021-13-45T99:00:00Z\"", "\"yesterday\"", "true", "[]", "{}",
        "\"<img src=x onerror=" + XssPayloads.MARK + ">\"", "\"2021-10-15 15:08:02\""};

    private BadArticles() {
    }

    /** A valid article with a payload in every field; unique by {@code index}, so it is accepted as new. */
    static Map<String, Object> hostile(int index, Random random) {
        String p = pick(XssPayloads.MARKUP, random);
        String q = pick(XssPayloads.MARKUP, random);
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", p + " 长宁新闻 " + index);
        article.put("body", "正文 " + q + " " + BODY + " " + index);
        article.put("bodyHtml", "<p>" + q + "</p><p>" + p + " " + BODY + "</p>");
        article.put("source", q);
        article.put("author", p);
        article.put("breadcrumb", List.of("国内新闻", p));
        article.put("keywords", List.of(q, "长宁"));
        article.put("language", random.nextInt(4) == 0 ? p : "zh-Hans");
        String url = random.nextBoolean() ? pick(XssPayloads.URLS, random) : "https://news.example.com/" + q;
        article.put("url", url + (url.contains("?") ? "&" : "?") + "n=" + index);
        if (random.nextInt(3) == 0) {
            article.put("publishedAt", "2021-10-15T07:08:02Z");
        }
        return article;
    }

    static byte[] json(Map<String, Object> article, boolean unicodeEscaped) {
        String text = JSON.writeValueAsString(article);
        return (unicodeEscaped ? XssPayloads.unicodeEscaped(text) : text).getBytes(StandardCharsets.UTF_8);
    }

    /** An article ingest must refuse: a required field missing or blank, with payloads in the rest (422). */
    static String missingField(int index, Random random) {
        Map<String, Object> article = hostile(index, random);
        switch (random.nextInt(6)) {
            case 0 -> article.remove("title");
            case 1 -> article.put("title", "   \u3000 ");
            case 2 -> {
                article.remove("body");
                article.remove("bodyHtml");
            }
            case 3 -> {
                article.put("body", "");
                article.put("bodyHtml", "<script>" + XssPayloads.MARK + "</script>");
            }
            case 4 -> article.put("title", null);
            default -> {
                return random.nextBoolean() ? "{}" : "null";
            }
        }
        return JSON.writeValueAsString(article);
    }

    /** Well-formed JSON with a field of the wrong shape (400). */
    static String wrongType(int index, Random random) {
        Map<String, Object> fields = hostile(index, random);
        String field = pick(List.of("title", "body", "source", "author", "breadcrumb", "keywords", "publishedAt",
                "url", "bodyHtml"), random);
        fields.remove(field);
        String article = JSON.writeValueAsString(fields);
        String value = field.equals("publishedAt") ? BAD_DATES[random.nextInt(BAD_DATES.length)]
                : field.equals("breadcrumb") || field.equals("keywords") ? pick(List.of("{}", "{\"a\":1}",
                        "[{}]", "[[\"x\"]]", "\"" + field + "\""), random)
                : WRONG_TYPES[random.nextInt(WRONG_TYPES.length)];
        return "{\"" + field + "\":" + value + "," + article.substring(1);
    }

    /** Text that is not JSON, or JSON that is not an object (400, or 422 for a literal null). */
    static String malformed(int index, Random random) {
        String article = JSON.writeValueAsString(hostile(index, random));
        return switch (random.nextInt(10)) {
            case 0 -> article.substring(0, 1 + random.nextInt(article.length() - 2));
            case 1 -> article.replace("\":", "\" ");
            case 2 -> article.replace("\"", "'");
            case 3 -> article.replaceFirst("\"title\"", "title");
            case 4 -> article.replace("}", ",}");
            case 5 -> "[" + article + "]";
            case 6 -> pick(List.of("\"" + XssPayloads.MARK + "\"", "42", "true", "-1e309", "[]"), random);
            case 7 -> article.replace(",", ",// <script>\n");
            case 8 -> "{\"title\":\"" + index + "\",\"body\":NaN}";
            default -> article.replace(":", ":\u0000");
        };
    }

    /** Nesting deeper than any article has: beyond the parser's limit, or without a title when within it. */
    static String deeplyNested(Random random, int maxDepth) {
        int depth = Math.min(maxDepth, pick(List.of(64, 600, 2_000, 20_000, 200_000), random));
        boolean objects = random.nextBoolean();
        StringBuilder json = new StringBuilder(depth * 6 + 64);
        json.append("{\"body\":\"").append(BODY).append("\",\"unknown\":");
        json.append(objects ? "{\"a\":".repeat(depth) : "[".repeat(depth)).append("1");
        json.append(objects ? "}".repeat(depth) : "]".repeat(depth));
        return json.append('}').toString();
    }

    /** A valid article carrying one enormous string: {@code bytes} of it. */
    static byte[] huge(int index, int bytes, Random random) {
        Map<String, Object> article = hostile(index, random);
        String unit = "长宁" + XssPayloads.MARKUP.get(index % XssPayloads.MARKUP.size());
        int units = bytes / unit.getBytes(StandardCharsets.UTF_8).length + 1;
        article.put(random.nextBoolean() ? "body" : "title", unit.repeat(units));
        return json(article, false);
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
