package io.newsflow.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (both installed by .ci/run); nothing is downloaded.
 * {@link #scriptFindings} reads what a page's DOM would run, and whether a payload already ran.
 */
final class Browser {

    /** Runs in the page: the payloads' marker, and any element or attribute that runs script. */
    private static final String FINDINGS = """
            const allowedOrigins = arguments[0];
            const found = [];
            if (window.__xss !== undefined) found.push('a payload ran: window.__xss=' + window.__xss);
            const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'];
            for (const el of document.querySelectorAll('*')) {
              const tag = el.tagName.toLowerCase();
              if (tag === 'script' && !(el.src && allowedOrigins.some(o => el.src.startsWith(o + '/')))) {
                found.push('script element: ' + el.outerHTML.slice(0, 160));
              }
              if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag)) {
                found.push(tag + ' element: ' + el.outerHTML.slice(0, 160));
              }
              for (const a of el.attributes) {
                const name = a.name.toLowerCase();
                const compact = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.startsWith('on')) found.push(name + ' on ' + tag + ': ' + a.value.slice(0, 160));
                if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(compact)) {
                  found.push(name + ' of ' + tag + ': ' + a.value.slice(0, 160));
                }
              }
            }
            return found;
            """;

    private Browser() {
    }

    static ChromeDriver start() {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    @SuppressWarnings("unchecked")
    static List<String> scriptFindings(ChromeDriver browser, List<String> allowedScriptOrigins) {
        return (List<String>) browser.executeScript(FINDINGS, allowedScriptOrigins);
    }

    /** Saves a screenshot under target/screenshots/. */
    static Path screenshot(ChromeDriver browser, String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("pipeline-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
