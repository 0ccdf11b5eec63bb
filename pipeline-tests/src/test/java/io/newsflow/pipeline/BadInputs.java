package io.newsflow.pipeline;

import static io.newsflow.pipeline.BadArticles.pick;
import static io.newsflow.pipeline.BadInput.Expect.ACCEPTED;
import static io.newsflow.pipeline.BadInput.Expect.ANY;
import static io.newsflow.pipeline.BadInput.Expect.REJECTED;
import static io.newsflow.pipeline.BadInput.Expect.TOO_LARGE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The whole run of bad input, made from one seed: each category gets its share of the count, and the inputs are
 * shuffled so that every kind arrives while every other kind is in flight.
 */
final class BadInputs {

    static final String PAGES = "/api/pages";
    static final String ARTICLES = "/api/articles";
    static final String BATCH = "/api/articles:batch";
    static final String HTML = "text/html; charset=UTF-8";
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    /** Category → share per 10,000 inputs. */
    private static final Map<String, Integer> SHARES = shares();

    private BadInputs() {
    }

    private static Map<String, Integer> shares() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        shares.put("malformed-html", 1400);
        shares.put("binary-garbage", 700);
        shares.put("invalid-json", 1100);
        shares.put("json-wrong-types", 1000);
        shares.put("json-missing-fields", 700);
        shares.put("json-huge-strings", 30);
        shares.put("json-deep-nesting", 200);
        shares.put("empty-bodies", 500);
        shares.put("huge-bodies", 24);
        shares.put("wrong-charset", 900);
        shares.put("wrong-content-type", 700);
        shares.put("ndjson-mixed", 400);
        shares.put("xss-json", 1000);
        shares.put("xss-pages", 300);
        shares.put("unauthorized", 200);
        shares.put("wrong-method-or-path", 200);
        return shares;
    }

    /** Exactly {@code count} inputs; huge bodies and huge strings keep their absolute numbers. */
    static List<BadInput> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> categories = new ArrayList<>();
        int total = SHARES.values().stream().mapToInt(Integer::intValue).sum();
        SHARES.forEach((category, share) -> {
            int n = category.startsWith("huge") || category.equals("json-huge-strings") ? share
                    : (int) Math.round((double) share * count / 10_000);
            categories.addAll(Collections.nCopies(n, category));
        });
        while (categories.size() < count) {
            categories.add("malformed-html");
        }
        while (categories.size() > count) {
            categories.remove("malformed-html");
        }
        Collections.shuffle(categories, random);
        List<BadInput> inputs = new ArrayList<>(count);
        for (int i = 0; i < categories.size(); i++) {
            inputs.add(make(categories.get(i), i, random));
        }
        return inputs;
    }

    private static BadInput make(String category, int i, Random r) {
        return switch (category) {
            case "malformed-html" -> malformedHtml(category, i, r);
            case "binary-garbage" -> binaryGarbage(category, i, r);
            case "invalid-json" -> post(category, ARTICLES, JSON, utf8(BadArticles.malformed(i, r))).expect(i, REJECTED);
            case "json-wrong-types" -> post(category, ARTICLES, JSON, utf8(BadArticles.wrongType(i, r))).expect(i, REJECTED);
            case "json-missing-fields" -> post(category, ARTICLES, JSON, utf8(BadArticles.missingField(i, r)))
                    .expect(i, REJECTED);
            case "json-huge-strings" -> hugeString(category, i, r);
            case "json-deep-nesting" -> post(category, ARTICLES, JSON, utf8(BadArticles.deeplyNested(r, Integer.MAX_VALUE))).expect(i, REJECTED);
            case "empty-bodies" -> emptyBody(category, i, r);
            case "huge-bodies" -> hugeBody(category, i, r);
            case "wrong-charset" -> WrongInputs.charset(category, i, r);
            case "wrong-content-type" -> WrongInputs.contentType(category, i, r);
            case "ndjson-mixed" -> Batches.mixed(category, i, r);
            case "xss-json" -> xssJson(category, i, r);
            case "xss-pages" -> xssPage(category, i, r);
            case "unauthorized" -> WrongInputs.unauthorized(category, i, r);
            case "wrong-method-or-path" -> WrongInputs.methodOrPath(category, i, r);
            default -> throw new IllegalArgumentException(category);
        };
    }

    /** Mostly tag soup; some pages cut short, nested thousands deep or laced with control characters. */
    private static BadInput malformedHtml(String category, int i, Random r) {
        return switch (r.nextInt(30)) {
            case 0, 1, 2 -> post(category, PAGES, pick(List.of(HTML, "text/plain; charset=UTF-8"), r),
                    utf8(BadPages.truncated(i, r))).expect(i, ANY);
            case 3 -> post(category, PAGES, HTML, utf8(BadPages.deeplyNested(i, r))).expect(i, ANY);
            case 4 -> post(category, PAGES, HTML, utf8(BadPages.controlCharacters(i, r))).expect(i, ANY);
            default -> post(category, PAGES, pick(List.of(HTML, "text/html", "text/plain"), r),
                    utf8(BadPages.tagSoup(r))).expect(i, ANY);
        };
    }

    private static BadInput binaryGarbage(String category, int i, Random r) {
        byte[] bytes = BadPages.garbage(r);
        return switch (r.nextInt(4)) {
            case 0 -> post(category, ARTICLES, JSON, bytes).expect(i, REJECTED);
            case 1 -> Batches.garbage(category, i, bytes);
            default -> post(category, PAGES, pick(List.of("text/html", "text/plain", HTML, "text/html; charset=GBK",
                    "text/plain; charset=Big5"), r), bytes).expect(i, ANY);
        };
    }

    /** Up to 400 KB an article is taken; larger ones cannot be published (413), nor bodies over the limit. */
    private static BadInput hugeString(String category, int i, Random r) {
        int kb = switch (i % 3) {
            case 0 -> 100 + r.nextInt(300);
            case 1 -> 1_200 + r.nextInt(3_500);
            default -> 5_300 + r.nextInt(2_000);
        };
        return post(category, ARTICLES, JSON, BadArticles.huge(i, kb * 1024, r))
                .expect(i, kb > 1024 ? TOO_LARGE : ACCEPTED);
    }

    private static BadInput emptyBody(String category, int i, Random r) {
        byte[] body = utf8(pick(List.of("", "", " ", "\n\n", "\r\n\t \u3000"), r));
        return switch (r.nextInt(3)) {
            case 0 -> post(category, PAGES, pick(List.of(HTML, "text/plain", "text/html; charset=GBK"), r), body)
                    .expect(i, REJECTED);
            case 1 -> post(category, ARTICLES, JSON, body).expect(i, REJECTED);
            default -> Batches.empty(category, i, body);
        };
    }

    /** Beyond the configured 5 MB, with and without a declared length. */
    private static BadInput hugeBody(String category, int i, Random r) {
        int bytes = 5 * 1024 * 1024 + 1 + r.nextInt(3 * 1024 * 1024);
        String path = pick(List.of(PAGES, ARTICLES, BATCH), r);
        byte[] body = switch (path) {
            case PAGES -> {
                String page = BadPages.hostileHtml(i, r);
                yield utf8(page.repeat(bytes / utf8(page).length + 1));
            }
            case ARTICLES -> BadArticles.huge(i, bytes, r);
            default -> Batches.lines(i, r, bytes);
        };
        BadInput.Builder builder = post(category, path, path.equals(PAGES) ? HTML : path.equals(BATCH) ? NDJSON : JSON, body);
        return (r.nextBoolean() ? builder.chunked() : builder).expect(i, TOO_LARGE);
    }

    private static BadInput xssJson(String category, int i, Random r) {
        if (r.nextInt(20) < 3) {
            return post(category, ARTICLES, JSON, BadArticles.json(BadArticles.hostile(i, r), r.nextBoolean()))
                    .expect(i, ACCEPTED);
        }
        String body = r.nextBoolean() ? BadArticles.missingField(i, r) : BadArticles.wrongType(i, r);
        return post(category, ARTICLES, JSON, utf8(r.nextBoolean() ? XssPayloads.unicodeEscaped(body) : body))
                .expect(i, REJECTED);
    }

    private static BadInput xssPage(String category, int i, Random r) {
        String url = "https://news.example.com/xss/" + i + ".html";
        return switch (r.nextInt(10)) {
            case 0, 1 -> post(category, PAGES, HTML, utf8(BadPages.hostileHtml(i, r))).header("X-Source-Url", url)
                    .expect(i, ACCEPTED);
            case 2 -> post(category, PAGES, "text/plain; charset=UTF-8", utf8(BadPages.hostileText(i, r)))
                    .header("X-Source-Url", pick(XssPayloads.URLS, r) + "&n=" + i).expect(i, ACCEPTED);
            default -> post(category, PAGES, pick(List.of(HTML, "text/plain"), r), utf8(BadPages.payloadOnly(r)))
                    .header("X-Source-Url", url).expect(i, ANY);
        };
    }

    static BadInput.Builder post(String category, String path, String contentType, byte[] body) {
        return BadInput.post(category, path, contentType, body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
