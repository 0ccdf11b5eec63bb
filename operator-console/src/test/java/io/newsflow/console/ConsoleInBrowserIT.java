package io.newsflow.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console in headless Chromium: log in, watch an article arrive in the raw and then the enriched tail, see the
 * charts draw, inspect headers and trace id, replay a dead letter. Screenshots go to target/screenshots/.
 */
class ConsoleInBrowserIT extends ConsoleIntegrationTest {

    private static final String HOSTILE = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">长宁";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private ChromeDriver browser;

    @BeforeEach
    void openConsole() {
        commitBehind("enrich-service");
        browser = Browser.start();
        browser.get(uri("/console").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.id("login")).click();
        await().atMost(TEN_SECONDS).until(() -> "live".equals(browser.findElement(By.id("stream-status")).getText()));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void operatorWatchesAnArticleFlowAndReplaysADeadLetter() {
        String key = "web-" + UUID.randomUUID();
        ArticleIngested article = Events.ingested(key, HOSTILE, "长宁时报", Instant.now());
        long start = System.nanoTime();
        Events.raw(article, Map.of("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01"));
        WebElement raw = await().atMost(TEN_SECONDS).pollInterval(Duration.ofMillis(20))
                .until(() -> first("#tail-raw li[data-key='" + key + "']"), item -> item != null);
        long rawMillis = (System.nanoTime() - start) / 1_000_000;
        long enrichedStart = System.nanoTime();
        Events.enriched(Events.enriched(article));
        await().atMost(TEN_SECONDS).pollInterval(Duration.ofMillis(20))
                .until(() -> first("#tail-enriched li[data-key='" + key + "']"), item -> item != null);
        long enrichedMillis = (System.nanoTime() - enrichedStart) / 1_000_000;
        System.out.printf("[console] article shown in raw tail after %d ms, enriched after %d ms%n", rawMillis,
                enrichedMillis);

        assertThat(raw.getText()).contains("<script>window.__xss=1</script>");
        raw.click();
        assertThat(browser.findElement(By.id("detail-trace")).getText()).isEqualTo(TRACE);
        assertThat(browser.findElement(By.id("detail-headers")).getText()).contains("ce_id").contains("traceparent");
        assertThat(browser.findElement(By.id("detail-json")).getText()).contains("\"title\"").contains("长宁时报");
        assertThat(browser.executeScript("return typeof window.__xss")).isEqualTo("undefined");

        await().atMost(TEN_SECONDS).until(() -> Boolean.TRUE.equals(browser.executeScript(
                "const c = window.newsflowConsole.charts;"
                        + "return !!(c.lag && c.rate && c.latency && document.querySelector('#chart-lag canvas')"
                        + " && c.lag.data.length > 1 && c.lag.data[1].filter(v => v !== null).length > 1"
                        + " && c.rate.data.length > 1 && c.rate.data[1].filter(v => v !== null).length > 1)")));
        assertThat(browser.findElement(By.id("lag-table")).getText()).contains("enrich-service");
        browser.executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "console-overview");
        browser.executeScript("document.getElementById('detail').scrollIntoView()");
        Browser.screenshot(browser, "console-message-detail");

        String poisonKey = "poison-" + UUID.randomUUID();
        Events.deadLetter(poisonKey, "{\"id\":".getBytes(StandardCharsets.UTF_8), 1, 99);
        WebElement row = await().atMost(TEN_SECONDS)
                .until(() -> first("#dead-letters tr[data-key='" + poisonKey + "']"), item -> item != null);
        assertThat(row.getText()).contains("MalformedEventException").contains(Topics.ARTICLES_RAW + " / 1 / 99");
        browser.executeScript("arguments[0].scrollIntoView()", row);
        Browser.screenshot(browser, "console-dead-letter");
        row.findElement(By.cssSelector("button.replay")).click();
        await().atMost(TEN_SECONDS).until(() -> first("#dead-letters tr[data-key='" + poisonKey + "']") == null
                && first("#tail-raw li[data-key='" + poisonKey + "']") != null);

        browser.findElement(By.name("key")).sendKeys(key);
        browser.findElement(By.id("apply-filters")).click();
        await().atMost(TEN_SECONDS).until(() -> keysIn("#tail-raw li").equals(List.of(key)));
        Browser.screenshot(browser, "console-filtered");
        assertThat(browser.executeScript("return typeof window.__xss")).isEqualTo("undefined");
    }

    private List<String> keysIn(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(item -> item.getAttribute("data-key"))
                .toList();
    }

    private WebElement first(String selector) {
        List<WebElement> found = browser.findElements(By.cssSelector(selector));
        return found.isEmpty() ? null : found.get(0);
    }

    /** A consumer group that has committed behind the end of the raw topic, so the lag chart has a series. */
    private static void commitBehind(String group) {
        Events.raw(Events.ingested("lag-" + UUID.randomUUID(), "滞后", "来源", Instant.now()), Map.of());
        for (int partition = 0; partition < 3; partition++) {
            Events.commit(group, new TopicPartition(Topics.ARTICLES_RAW, partition), 0);
        }
    }
}
