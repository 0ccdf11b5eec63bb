package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SEED_TITLE = "“六外联动”,长宁构建大外事工作格局";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static boolean published;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @BeforeAll
    static void reset() {
        published = false;
    }

    /** Five articles of this run: two in 上海新闻, one sport, one from another source, one recommending others. */
    private void publishCorpus() throws Exception {
        if (published) {
            return;
        }
        Instant now = Instant.now();
        send(Articles.enriched("seed-" + RUN, 1, SEED_TITLE, now.minusSeconds(50), List.of("国内新闻", "上海新闻"),
                "长宁时报", List.of("长宁", "虹桥友谊联盟", "kw" + RUN), List.of("sport-" + RUN, "other-" + RUN)));
        send(Articles.enriched("sh-" + RUN, 1, "长宁举办国际精品城区论坛", now.minusSeconds(40), List.of("国内新闻", "上海新闻"),
                "长宁时报", List.of("长宁", "kw" + RUN), List.of()));
        send(Articles.enriched("sport-" + RUN, 1, "上海女子半程马拉松开跑", now.minusSeconds(30), List.of("体育", "马拉松"),
                "新民晚报", List.of("马拉松", "kw" + RUN), List.of()));
        send(Articles.enriched("other-" + RUN, 1, "<script>alert('x')</script>标题里的脚本", now.minusSeconds(20),
                List.of("国内新闻", "上海新闻"), "src" + RUN, List.of("安全", "kw" + RUN), List.of()));
        send(Articles.enriched("last-" + RUN, 1, "进博会倒计时", now.minusSeconds(10), List.of("财经"), "长宁时报",
                List.of("进博会", "kw" + RUN), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> titles("/feeds/keywords/kw" + RUN + ".json").size() == 5);
        published = true;
    }

    @Test
    void everyFormatParsesWithRomeAndWithPythonFeedparser() throws Exception {
        publishCorpus();
        for (String path : List.of("/feeds/latest.rss", "/feeds/latest.atom", "/feeds/latest.json",
                "/feeds/categories/国内新闻/上海新闻.atom", "/feeds/keywords/长宁.rss")) {
            byte[] body = get(path, null, null).body();
            assertThat(path.endsWith(".json") ? jsonFeedCheck(body) : feedparser(body)).as("independent reader on %s", path)
                    .startsWith("bozo=0 ");
            if (!path.endsWith(".json")) {
                SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(body)));
                assertThat(feed.getEntries()).isNotEmpty();
                SyndEntry entry = feed.getEntries().get(0);
                assertThat(entry.getLink()).startsWith("http");
                assertThat(entry.getUri()).startsWith("urn:newsflow:article:");
                assertThat(entry.getPublishedDate()).isNotNull();
            }
        }
    }

    @Test
    void selectsByCategoryKeywordSourceAndRecommendation() throws Exception {
        publishCorpus();
        assertThat(titles("/feeds/categories/国内新闻/上海新闻.json?filter_keyword=kw" + RUN))
                .containsExactly("<script>alert('x')</script>标题里的脚本", "长宁举办国际精品城区论坛", SEED_TITLE);
        assertThat(titles("/feeds/categories/体育.json?filter_keyword=kw" + RUN)).containsExactly("上海女子半程马拉松开跑");
        assertThat(titles("/feeds/sources/src" + RUN + ".json")).containsExactly("<script>alert('x')</script>标题里的脚本");
        assertThat(titles("/feeds/recommended/seed-" + RUN + ".json"))
                .containsExactly("上海女子半程马拉松开跑", "<script>alert('x')</script>标题里的脚本");
        assertThat(get("/feeds/recommended/no-such-article.json", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void appliesLimitFiltersLanguageModeAndCursor() throws Exception {
        publishCorpus();
        String feed = "/feeds/keywords/kw" + RUN + ".json";
        assertThat(titles(feed + "?limit=2")).containsExactly("进博会倒计时", "<script>alert('x')</script>标题里的脚本");
        assertThat(titles(feed + "?filter=" + enc("长宁|马拉松"))).hasSize(3);
        assertThat(titles(feed + "?filterout=" + enc("长宁"))).doesNotContain(SEED_TITLE, "长宁举办国际精品城区论坛");
        assertThat(titles(feed + "?filter_title=" + enc("^“六外"))).containsExactly(SEED_TITLE);
        assertThat(titles(feed + "?lang=zh-Hant&filter_title=" + enc("六外"))).containsExactly("「六外聯動」,長寧構建大外事工作格局");
        JsonNode brief = json(feed + "?mode=brief").get("items").get(0);
        assertThat(brief.has("content_html")).isFalse();
        assertThat(brief.get("summary").asString()).isEqualTo("摘要。");

        JsonNode first = json(feed + "?limit=2");
        String next = first.get("next_url").asString();
        List<String> all = new ArrayList<>(titles(feed + "?limit=2"));
        JsonNode page = first;
        while (page.has("next_url")) {
            page = json(page.get("next_url").asString().substring(("http://127.0.0.1:8080").length()));
            page.get("items").forEach(item -> all.add(item.get("title").asString()));
        }
        assertThat(next).contains("after=");
        assertThat(all).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void pagingAFilteredTraditionalFeedStaysInItsFilterToTheEnd() throws Exception {
        publishCorpus();
        String feed = "/feeds/keywords/kw" + RUN + ".json?lang=zh-Hant&mode=brief&filterout=" + enc("马拉松|进博会");
        List<String> whole = titles(feed);

        List<String> paged = new ArrayList<>();
        JsonNode page = json(feed + "&limit=1");
        page.get("items").forEach(item -> paged.add(item.get("title").asString()));
        while (page.has("next_url")) {
            String next = page.get("next_url").asString();
            assertThat(next).contains("lang=zh-Hant").contains("mode=brief").contains("filterout=").doesNotContain("key=");
            page = json(next.substring(("http://127.0.0.1:8080").length()));
            page.get("items").forEach(item -> paged.add(item.get("title").asString()));
        }

        assertThat(whole).hasSize(3).noneMatch(title -> title.contains("馬拉松"));
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(paged).anyMatch(title -> title.contains("長寧"));
    }

    @Test
    void servesEveryFeedAsValidNinjsItemsPagedLikeTheOtherFormats() throws Exception {
        publishCorpus();
        String feed = "/feeds/keywords/kw" + RUN + ".ninjs";
        HttpResponse<byte[]> response = get(feed + "?limit=2", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        List<JsonNode> items = new ArrayList<>();
        JsonNode page = EventCodec.mapper().readTree(response.body());
        page.get("items").forEach(items::add);
        while (page.has("next_url")) {
            assertThat(page.get("next_url").asString()).contains(".ninjs?");
            page = json(page.get("next_url").asString().substring(("http://127.0.0.1:8080").length()));
            page.get("items").forEach(items::add);
        }
        assertThat(items).hasSize(5).allSatisfy(NinjsSchema::assertValid);
        assertThat(items).extracting(i -> i.get("headlines").get(0).get("value").asString())
                .containsExactlyElementsOf(titles("/feeds/keywords/kw" + RUN + ".json"));
        assertThat(json("/feeds/latest.json?format=ninjs").get("standard").get("version").asString()).isEqualTo("3.1");

        JsonNode scripted = json("/feeds/sources/src" + RUN + ".ninjs").get("items").get(0);
        assertThat(scripted.get("bodies").get(0).get("value").asString()).isEqualTo("<p>正文。</p>\n<p>第二段</p>");
        assertThat(scripted.has("by")).isFalse();

        JsonNode hant = json(feed + "?lang=zh-Hant&filter_title=" + enc("六外"));
        assertThat(hant.get("language").asString()).isEqualTo("zh-Hant");
        JsonNode seed = hant.get("items").get(0);
        NinjsSchema.assertValid(seed);
        assertThat(seed.get("headlines").get(0).get("value").asString()).isEqualTo("「六外聯動」,長寧構建大外事工作格局");
        assertThat(seed.get("language").asString()).isEqualTo("zh-Hant");
        assertThat(seed.get("associations")).hasSize(2);
        for (JsonNode brief : json(feed + "?mode=brief").get("items")) {
            NinjsSchema.assertValid(brief);
            assertThat(brief.has("bodies")).isFalse();
        }
    }

    @Test
    void refusesAnUnknownOrMisspeltParameterByName() throws Exception {
        HttpResponse<byte[]> misspelt = get("/feeds/latest.json?limt=5", null, null);
        HttpResponse<byte[]> unknown = get("/feeds/latest.json?colour=red", null, null);

        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(new String(misspelt.body(), StandardCharsets.UTF_8))
                .contains("unknown parameter 'limt' (did you mean 'limit'?)");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("'colour'");
    }

    @Test
    void sanitizesContentAndEscapesTitles() throws Exception {
        publishCorpus();
        String rss = new String(get("/feeds/sources/src" + RUN + ".rss", null, null).body(), StandardCharsets.UTF_8);
        assertThat(rss).doesNotContain("<script>").doesNotContain("onclick");
        JsonNode item = json("/feeds/sources/src" + RUN + ".json").get("items").get(0);
        assertThat(item.get("content_html").asString()).isEqualTo("<p>正文。</p>\n<p>第二段</p>");
    }

    @Test
    void answersBadParametersWithProblemJson() throws Exception {
        for (String path : List.of("/feeds/latest.json?limit=0", "/feeds/latest.json?limit=abc",
                "/feeds/latest.json?filter=" + enc("(unclosed"), "/feeds/latest.json?lang=fr",
                "/feeds/latest.json?mode=huge", "/feeds/latest.json?format=pdf", "/feeds/nothing.json",
                "/feeds/keywords/.json", "/feeds/latest.json?after=garbage",
                "/feeds/latest.json?filter=" + "a".repeat(201), "/feeds/latest.json?filter_author=x")) {
            HttpResponse<byte[]> response = get(path, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                    .contains("application/problem+json");
        }
    }

    @Test
    void evaluatesPathologicalExpressionsInLinearTime() throws Exception {
        publishCorpus();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = get("/feeds/latest.json?filter=" + enc("(a+)+$") + "&filter_title="
                + enc("(x+x+)+y"), null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2000);
    }

    @Test
    void servesConditionalAndCompressedResponses() throws Exception {
        publishCorpus();
        HttpResponse<byte[]> full = get("/feeds/latest.atom", null, null);
        String etag = full.headers().firstValue("ETag").orElseThrow();
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(full.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
        assertThat(String.join(", ", full.headers().allValues("Link"))).contains("rel=\"self\"").contains("rel=\"hub\"");

        assertThat(get("/feeds/latest.atom", "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> sinceDate = get("/feeds/latest.atom", "If-Modified-Since", lastModified);
        assertThat(sinceDate.statusCode()).isEqualTo(304);
        assertThat(sinceDate.body()).isEmpty();

        HttpResponse<byte[]> gzip = get("/feeds/latest.atom", "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(full.body());
        }
        HttpResponse<byte[]> brotli = get("/feeds/latest.atom", "Accept-Encoding", "br, gzip");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.body().length).isLessThan(full.body().length);
        assertThat(get("/feeds/latest.atom", "If-None-Match", gzip.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);
    }

    private List<String> titles(String path) throws Exception {
        List<String> titles = new ArrayList<>();
        json(path).get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, null, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return EventCodec.mapper().readTree(response.body());
    }

    private HttpResponse<byte[]> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (header != null) {
            request.header(header, value);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void send(ArticleEnriched article) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Python's feedparser, from Debian's python3-feedparser (installed by .ci/run), as an independent reader. */
    static String feedparser(byte[] feed) throws Exception {
        return python(feed, "import sys, feedparser; d = feedparser.parse(sys.stdin.buffer.read()); "
                + "print('bozo=%d entries=%d %s' % (d.bozo, len(d.entries), d.get('bozo_exception', '')))");
    }

    /**
     * Debian's feedparser 6.0 does not read JSON Feed, so JSON feeds are checked in Python against the JSON Feed 1.1
     * rules instead: version URL, title, items with a unique string id and content, RFC 3339 dates, absolute urls.
     */
    static String jsonFeedCheck(byte[] feed) throws Exception {
        return python(feed, String.join("\n",
                "import sys, json, datetime",
                "d = json.loads(sys.stdin.buffer.read().decode('utf-8'))",
                "problems = []",
                "if d.get('version') != 'https://jsonfeed.org/version/1.1': problems.append('version')",
                "if not isinstance(d.get('title'), str): problems.append('title')",
                "items = d.get('items')",
                "if not isinstance(items, list): problems.append('items')",
                "ids = [i.get('id') for i in items or []]",
                "if len(set(ids)) != len(ids) or not all(isinstance(x, str) for x in ids): problems.append('ids')",
                "for i in items or []:",
                "    if 'content_html' not in i and 'content_text' not in i and 'summary' not in i: problems.append('content')",
                "    if not i.get('url', 'http').startswith('http'): problems.append('url')",
                "    for k in ('date_published', 'date_modified'):",
                "        if k in i: datetime.datetime.fromisoformat(i[k].replace('Z', '+00:00'))",
                "print('bozo=%d entries=%d %s' % (1 if problems else 0, len(items or []), ','.join(problems)))"));
    }

    private static String python(byte[] feed, String script) throws Exception {
        Process python = new ProcessBuilder("/usr/bin/python3", "-c", script).redirectErrorStream(true).start();
        python.getOutputStream().write(feed);
        python.getOutputStream().close();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
