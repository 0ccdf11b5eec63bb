package io.newsflow.pipeline;

import static io.newsflow.pipeline.BadArticles.pick;
import static io.newsflow.pipeline.BadInput.Expect.ANY;
import static io.newsflow.pipeline.BadInput.Expect.REJECTED;
import static io.newsflow.pipeline.BadInputs.ARTICLES;
import static io.newsflow.pipeline.BadInputs.BATCH;
import static io.newsflow.pipeline.BadInputs.JSON;
import static io.newsflow.pipeline.BadInputs.PAGES;
import static io.newsflow.pipeline.BadInputs.post;
import static io.newsflow.pipeline.BadInputs.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Requests wrong in their envelope: charset, Content-Type, token, method or path. */
final class WrongInputs {

    private static final Charset BIG5 = Charset.forName("Big5");

    private WrongInputs() {
    }

    static BadInput charset(String category, int i, Random r) {
        String page = BadPages.hostileHtml(i, r);
        return switch (r.nextInt(12)) {
            case 0, 1 -> post(category, PAGES, "text/html; charset=UTF-8", page.getBytes(BadPages.GBK)).expect(i, REJECTED);
            case 2, 3 -> post(category, PAGES, pick(List.of("text/html; charset=UTF-8", "text/plain;charset=utf-8"), r),
                    BadPages.invalidUtf8(i, r)).expect(i, REJECTED);
            case 4 -> post(category, PAGES, "text/html; charset=UTF-16", oddLength(page.getBytes(StandardCharsets.UTF_16)))
                    .expect(i, REJECTED);
            case 5 -> post(category, PAGES, "text/html; charset=Big5", truncatedMidCharacter(page.getBytes(BIG5)))
                    .expect(i, REJECTED);
            case 6 -> post(category, PAGES, pick(List.of("text/html; charset=x-no-such-charset", "text/html; charset=\"\"",
                    "text/html; charset=utf-8; charset=gbk", "text/html; charset=../../etc/passwd",
                    "text/html; charset=<script>"), r), utf8(page)).expect(i, ANY);
            case 7 -> post(category, ARTICLES, "application/json; charset=UTF-8", new String(
                    BadArticles.json(BadArticles.hostile(i, r), false), StandardCharsets.UTF_8).getBytes(BadPages.GBK))
                    .expect(i, REJECTED);
            case 8 -> post(category, ARTICLES, "application/json; charset=x-no-such-charset",
                    utf8(BadArticles.missingField(i, r))).expect(i, REJECTED);
            case 9 -> post(category, PAGES, "text/html", page.getBytes(BadPages.GBK)).expect(i, ANY);
            default -> post(category, PAGES, "text/html; charset=UTF-8", BadPages.invalidUtf8(i, r)).expect(i, REJECTED);
        };
    }

    static BadInput contentType(String category, int i, Random r) {
        byte[] article = BadArticles.json(BadArticles.hostile(i, r), false);
        byte[] page = utf8(BadPages.hostileHtml(i, r));
        return switch (r.nextInt(8)) {
            case 0 -> post(category, PAGES, JSON, article).expect(i, REJECTED);
            case 1 -> post(category, ARTICLES, "text/html", page).expect(i, REJECTED);
            case 2 -> post(category, ARTICLES, pick(List.of("application/xml", "multipart/form-data; boundary=x",
                    "application/x-www-form-urlencoded", BadInputs.NDJSON, "application/octet-stream"), r), article)
                    .expect(i, REJECTED);
            case 3 -> post(category, BATCH, pick(List.of(JSON, "text/plain", "application/json-seq"), r), article)
                    .expect(i, REJECTED);
            case 4 -> post(category, pick(List.of(PAGES, ARTICLES, BATCH), r), null, article).expect(i, REJECTED);
            case 5 -> post(category, pick(List.of(PAGES, ARTICLES, BATCH), r), pick(List.of("foo", "text/", "/",
                    ";;;", "text/html; charset", "<script>/x", "application/json; q=\"unterminated"), r), article)
                    .expect(i, REJECTED);
            case 6 -> post(category, PAGES, pick(List.of("image/png", "application/pdf", "text/csv"), r), page)
                    .expect(i, REJECTED);
            default -> post(category, ARTICLES, "application/problem+json", article).expect(i, ANY);
        };
    }

    static BadInput unauthorized(String category, int i, Random r) {
        String path = pick(List.of(PAGES, ARTICLES, BATCH, ARTICLES + "/0123456789abcdef", "/admin/sources"), r);
        String authorization = pick(List.of("", "Bearer ", "Bearer wrong-token", "Basic YWRtaW46YWRtaW4=",
                "bearer bad-input-token", "Bearer bad-input-token-but-longer", "Bearer <script>" + XssPayloads.MARK
                        + "</script>", "Bearer " + "A".repeat(4000)), r);
        BadInput.Builder builder = post(category, path, JSON, BadArticles.json(BadArticles.hostile(i, r), false))
                .header("Authorization", authorization);
        return (path.startsWith(ARTICLES + "/") ? builder.method("GET") : builder).expect(i, REJECTED);
    }

    static BadInput methodOrPath(String category, int i, Random r) {
        byte[] article = BadArticles.json(BadArticles.hostile(i, r), false);
        return switch (r.nextInt(5)) {
            case 0 -> post(category, pick(List.of(PAGES, BATCH), r), JSON, article).method("GET").expect(i, REJECTED);
            case 1 -> post(category, pick(List.of(PAGES, ARTICLES, BATCH), r), JSON, article)
                    .method(pick(List.of("PUT", "DELETE", "PATCH"), r)).expect(i, REJECTED);
            case 2 -> post(category, ARTICLES + "/" + pick(List.of("no-such-article", "%3Cscript%3E", "..%2F..%2Fadmin",
                    "%00", "x".repeat(3000)), r), JSON, article).method("GET").expect(i, REJECTED);
            case 3 -> post(category, pick(List.of("/api/page", "/api/articles:bulk", "/api/articles/batch",
                    "/api/%3Cscript%3E"), r), JSON, article).expect(i, REJECTED);
            default -> post(category, ARTICLES + "/no-such-article", JSON, article).expect(i, REJECTED);
        };
    }

    private static byte[] oddLength(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length + 1);
    }

    /** Ends on a lead byte whose second byte never comes. */
    private static byte[] truncatedMidCharacter(byte[] bytes) {
        byte[] cut = Arrays.copyOf(bytes, bytes.length + 1);
        cut[bytes.length] = (byte) 0xA4;
        return cut;
    }
}
