package io.newsflow.pipeline;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Every place a partner, a reader or an operator sees articles, checked for payloads that would run. */
final class HostileViews {

    private static final Set<String> PAGE_CHROME = Set.of("meta", "link");

    private HostileViews() {
    }

    /** RSS, Atom and JSON Feed, simplified and traditional, every page of them that is linked. */
    static void feeds(SoftAssertions soft, String publish, Set<String> accepted) throws Exception {
        for (String query : List.of("?limit=200", "?limit=200&lang=zh-Hant")) {
            for (String format : List.of("json", "rss", "atom")) {
                String url = publish + "/feeds/latest." + format + query;
                FeedWalk walk = format.equals("json") ? FeedWalk.json(url) : FeedWalk.xml(url);
                soft.assertThat(walk.findings).as("script in %s", url).isEmpty();
                if (format.equals("rss")) {
                    // RSS 2.0 as rendered carries no next link, so only its first page can be read.
                    soft.assertThat(walk.ids).as("items of %s", url).hasSize(200);
                } else {
                    soft.assertThat(walk.ids).as("accepted articles listed by %s (%d pages)", url, walk.pages)
                            .containsAll(accepted);
                }
            }
        }
    }

    /** The article page of every accepted article, and the widget fragments, as served. */
    static void pagesAndWidgets(SoftAssertions soft, String publish, Set<String> accepted, Set<String> hostile)
            throws Exception {
        List<String> findings = new ArrayList<>();
        for (String id : accepted) {
            String html = html(publish + "/articles/" + id);
            ScriptProbe.inPage(html, PAGE_CHROME).forEach(f -> findings.add("/articles/" + id + ": " + f));
        }
        List<String> widgets = new ArrayList<>(List.of("/widgets/latest.html?count=50",
                "/widgets/latest.html?count=50&lang=zh-Hant"));
        hostile.forEach(id -> widgets.add("/widgets/recommended/" + id + ".html"));
        for (String widget : widgets) {
            ScriptProbe.inFragment(html(publish + widget)).forEach(f -> findings.add(widget + ": " + f));
        }
        soft.assertThat(findings).as("script in article pages and widgets").isEmpty();
        soft.assertThat(Jsoup.parse(html(publish + "/widgets/latest.html?count=50")).select(".newsflow-link").eachText())
                .as("payloads shown as text in the latest widget").anyMatch(title -> title.contains(XssPayloads.MARK));
    }

    /** The same views in Chromium, where a payload that ran would have set its marker. */
    static void inBrowser(SoftAssertions soft, LocalStackProcess stack, Set<String> hostile) throws IOException {
        HttpServer partner = partnerSite(stack.publishUrl(), hostile.iterator().next());
        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://127.0.0.1:" + partner.getAddress().getPort() + "/news.html");
            await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(
                    By.cssSelector("[data-newsflow-state=loaded]")).size() == 3);
            soft.assertThat(Browser.scriptFindings(browser, List.of(stack.publishUrl()))).as("partner page").isEmpty();
            soft.assertThat(texts(browser, "#latest .newsflow-link")).as("widget titles")
                    .anyMatch(title -> title.contains(XssPayloads.MARK));
            Browser.screenshot(browser, "bad-input-partner-page");
            for (String id : hostile) {
                browser.get(stack.publishUrl() + "/articles/" + id);
                soft.assertThat(Browser.scriptFindings(browser, List.of())).as("article page %s", id).isEmpty();
            }
            Browser.screenshot(browser, "bad-input-article-page");
            console(soft, browser, stack.consoleUrl());
        } finally {
            browser.quit();
            partner.stop(0);
        }
    }

    /** Logs in, lets the tails fill with the newest records, opens some of them. */
    private static void console(SoftAssertions soft, ChromeDriver browser, String console) {
        browser.get(console + "/console");
        browser.findElement(By.id("token")).sendKeys(BadInputAtVolumeIT.ADMIN_TOKEN);
        browser.findElement(By.id("login")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(By.cssSelector("#tail-raw li")).size() > 10
                && browser.findElements(By.cssSelector("#tail-enriched li")).size() > 10);
        for (String tail : List.of("#tail-raw li", "#tail-enriched li")) {
            List<WebElement> items = browser.findElements(By.cssSelector(tail));
            for (WebElement item : items.subList(0, Math.min(5, items.size()))) {
                item.click();
            }
        }
        soft.assertThat(texts(browser, ".tail li .title")).as("console tail titles")
                .anyMatch(title -> title.contains(XssPayloads.MARK));
        soft.assertThat(browser.findElement(By.id("detail-json")).getText()).as("console message detail")
                .contains("__xss");
        soft.assertThat(Browser.scriptFindings(browser, List.of(console))).as("operator console").isEmpty();
        Browser.screenshot(browser, "bad-input-console");
    }

    private static HttpServer partnerSite(String publish, String articleId) throws IOException {
        String page = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>合作网站</title></head><body>"
                + "<div id=\"latest\" data-newsflow-widget=\"latest\" data-count=\"50\"></div>"
                + "<div id=\"recommended\" data-newsflow-widget=\"recommended\" data-article=\"" + articleId + "\"></div>"
                + "<div id=\"latest-hant\" data-newsflow-widget=\"latest\" data-count=\"50\" data-lang=\"zh-Hant\"></div>"
                + "<script src=\"" + publish + "/widgets/newsflow.js\"></script></body></html>";
        HttpServer partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/", exchange -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        partner.start();
        return partner;
    }

    private static List<String> texts(ChromeDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static String html(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.get(url, null, "text/html");
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
