package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.localstack.LocalInfra;
import io.newsflow.model.ArticleEnriched;
import io.newsflow.model.EventCodec;
import io.newsflow.model.Topics;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The widget script on a partner page of another origin, and the article page, in headless Chromium: boxes are
 * filled, scripts smuggled into titles stay text. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetsInBrowserIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String HOSTILE = "<img src=x onerror=\"window.__xss=1\">标题";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LocalInfra.shared().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("newsflow.publish.public-base-url", () -> "");
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    ChromeDriver browser;
    HttpServer partner;

    @BeforeEach
    void start() throws Exception {
        Instant now = Instant.now().plusSeconds(86_400);
        send(Articles.enriched("w-seed-" + RUN, 1, "“六外联动”,长宁构建大外事工作格局", now.minusSeconds(30),
                List.of("国内新闻", "上海新闻"), "长宁时报", List.of("长宁", "虹桥友谊联盟"),
                List.of("w-rel1-" + RUN, "w-rel2-" + RUN)));
        send(Articles.enriched("w-rel1-" + RUN, 1, "虹桥友谊联盟成立一周年", now.minusSeconds(20),
                List.of("国内新闻", "上海新闻"), "长宁时报", List.of("虹桥友谊联盟"), List.of()));
        send(Articles.enriched("w-rel2-" + RUN, 1, HOSTILE, now.minusSeconds(10),
                List.of("国内新闻", "上海新闻"), "长宁时报", List.of("长宁"), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> http("/widgets/latest.html?count=3").contains("w-rel2-" + RUN));
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/", exchange -> {
            byte[] page = partnerPage().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        partner.start();
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (partner != null) {
            partner.stop(0);
        }
    }

    @Test
    void widgetScriptFillsBothBoxesOnAPartnerPage() {
        browser.get("http://127.0.0.1:" + partner.getAddress().getPort() + "/news.html");

        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(
                By.cssSelector("[data-newsflow-state=loaded]")).size() == 3);
        Browser.screenshot(browser, "partner-page-widgets");
        List<String> latest = texts("#latest .newsflow-link");
        assertThat(latest).hasSize(3).containsExactly(HOSTILE, "虹桥友谊联盟成立一周年", "“六外联动”,长宁构建大外事工作格局");
        assertThat(texts("#recommended .newsflow-link")).containsExactly("虹桥友谊联盟成立一周年", HOSTILE);
        assertThat(browser.findElement(By.cssSelector("#latest-hant .newsflow-widget")).getAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(texts("#latest-hant .newsflow-link")).contains("「六外聯動」,長寧構建大外事工作格局");
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void articlePageShowsKeywordsBreadcrumbAndBothBoxes() {
        browser.get("http://127.0.0.1:" + port + "/articles/w-seed-" + RUN);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("“六外联动”,长宁构建大外事工作格局");
        assertThat(browser.findElement(By.className("newsflow-breadcrumb")).getText())
                .contains("首页", "国内新闻", "上海新闻");
        assertThat(browser.findElement(By.className("newsflow-keywords")).getText()).contains("长宁", "虹桥友谊联盟");
        assertThat(browser.findElement(By.className("newsflow-meta")).getText()).contains("来源:长宁时报");
        assertThat(texts(".newsflow-latest .newsflow-link")).contains("虹桥友谊联盟成立一周年");
        assertThat(texts(".newsflow-recommended .newsflow-link")).containsExactly("虹桥友谊联盟成立一周年", HOSTILE);
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
        Browser.screenshot(browser, "article-page");
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String partnerPage() {
        String origin = "http://127.0.0.1:" + port;
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>合作网站</title></head><body>"
                + "<h1>合作网站新闻页</h1>"
                + "<div id=\"latest\" data-newsflow-widget=\"latest\" data-count=\"3\"></div>"
                + "<div id=\"recommended\" data-newsflow-widget=\"recommended\" data-article=\"w-seed-" + RUN + "\"></div>"
                + "<div id=\"latest-hant\" data-newsflow-widget=\"latest\" data-count=\"3\" data-lang=\"zh-Hant\"></div>"
                + "<script src=\"" + origin + "/widgets/newsflow.js\"></script></body></html>";
    }

    private String http(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private void send(ArticleEnriched article) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.id(), EventCodec.encode(article))).get();
    }
}
