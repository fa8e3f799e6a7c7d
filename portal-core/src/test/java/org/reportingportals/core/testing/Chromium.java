package org.reportingportals.core.testing;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Debian's Chromium driven through Debian's chromedriver, for the browser tests. Nothing is downloaded: the
 * driver's path is given so Selenium Manager never runs (its log must stay empty), and axe-core is the
 * {@code axe.min.js} of the {@code com.deque.html.axe-core:selenium} jar on the test class path. Full-page
 * screenshots land in {@code target/screenshots/}.
 */
public final class Chromium implements AutoCloseable {

    public static final File BINARY = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
    public static final File DRIVER = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    public static final Path TARGET = Path.of(System.getProperty("it.tmpdir", "target")).toAbsolutePath();
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    private static final List<String> MANAGER_LOG = new ArrayList<>();
    private static final Logger MANAGER_LOGGER = Logger.getLogger("org.openqa.selenium.manager");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final String axeSource;

    private Chromium(Dimension size) throws IOException {
        MANAGER_LOGGER.setLevel(Level.ALL);
        MANAGER_LOGGER.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                MANAGER_LOG.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        try (InputStream axe = Chromium.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertNotNull(axe, "axe.min.js (com.deque.html.axe-core:selenium) is not on the test class path");
            axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory(TARGET, "chromium-profile-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .withLogFile(TARGET.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + size.width + "," + size.height);
        long started = System.nanoTime();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        System.out.printf("browser: %s %s, chromedriver %s, started in %d ms; Selenium Manager log records: %d%n",
                driver.getCapabilities().getBrowserName(), driver.getCapabilities().getBrowserVersion(), DRIVER,
                (System.nanoTime() - started) / 1_000_000, MANAGER_LOG.size());
        assertSeleniumManagerNeverRan();
    }

    public static Chromium start(Dimension size) {
        try {
            return new Chromium(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public static void assertSeleniumManagerNeverRan() {
        assertEquals(List.of(), MANAGER_LOG, "Selenium Manager must not run: the driver path is given");
    }

    /** A PNG of the whole page, not just the viewport, through the DevTools protocol. */
    public void screenshot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("screenshot %s (%.0fx%.0f)%n", file, width, height);
    }

    public record Violation(String id, String impact, String help, List<String> tags, List<String> targets, List<String> html) {
        @Override
        public String toString() {
            return id + " [" + impact + "] " + help + " " + tags + " at " + targets + " " + html;
        }
    }

    public record Axe(List<Violation> violations, int passes, List<String> incomplete, List<String> passed, String version) {
    }

    /** Runs axe-core with the rules it enables by default (wcag2a/aa, wcag21a/aa, best-practice) on the current page. */
    @SuppressWarnings("unchecked")
    public Axe axe(String page) {
        // injected as a WebDriver script, which the page's CSP (script-src 'self') does not govern; the probe
        // shows that the CSP is nonetheless in force for the page's own scripts
        Object ready = driver.executeScript("if (!window.axe) {" + axeSource + "\n}"
                + "var probe = document.createElement('script'); probe.textContent = 'window.__inlineRan = true';"
                + "document.head.appendChild(probe); probe.remove();"
                + "return {axe: typeof window.axe, inlineBlocked: !window.__inlineRan};");
        Map<String, Object> state = (Map<String, Object>) ready;
        assertEquals("object", state.get("axe"), "axe-core is loaded into " + page);
        assertEquals(Boolean.TRUE, state.get("inlineBlocked"), "the page's CSP blocks inline scripts on " + page);

        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(function (r) { done({"
                        + "  version: r.testEngine.version, passes: r.passes.length,"
                        + "  passed: r.passes.map(function (p) { return p.id; }),"
                        + "  incomplete: r.incomplete.map(function (i) { return i.id; }),"
                        + "  violations: r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                        + "    tags: v.tags, targets: v.nodes.map(function (n) { return n.target.join(' '); }),"
                        + "    html: v.nodes.map(function (n) { return n.html; })}; })"
                        + "}); }, function (e) { done({error: String(e)}); });");
        assertFalse(result.containsKey("error"), "axe failed on " + page + ": " + result.get("error"));
        List<Violation> violations = ((List<Map<String, Object>>) result.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("tags"), (List<String>) v.get("targets"), (List<String>) v.get("html")))
                .toList();
        Axe axe = new Axe(violations, ((Number) result.get("passes")).intValue(), (List<String>) result.get("incomplete"),
                (List<String>) result.get("passed"), (String) result.get("version"));
        System.out.printf("axe %s on %s: %d violations, %d passes, incomplete %s%n", axe.version(), page,
                violations.size(), axe.passes(), axe.incomplete());
        violations.forEach(v -> System.out.println("  VIOLATION " + v));
        return axe;
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertSeleniumManagerNeverRan();
    }
}
