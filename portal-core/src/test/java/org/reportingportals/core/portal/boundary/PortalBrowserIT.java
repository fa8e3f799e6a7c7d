package org.reportingportals.core.portal.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reportingportals.core.testing.BrowserPrerequisites;
import org.reportingportals.core.testing.Chromium;
import org.reportingportals.core.testing.Deployments;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages in a real browser: Debian's Chromium, driven by Selenium through Debian's chromedriver, against
 * a real Payara Micro. Reports are typed and sent in Arabic (RTL) and Nepali (Devanagari), the error summary is
 * checked, every page is scanned with axe-core, and full-page screenshots land in {@code target/screenshots/}.
 *
 * <p>Nothing is downloaded at test time: the browser and the driver are the system's (when they are missing the test
 * is skipped, or fails with {@code CI=true}: {@link BrowserPrerequisites}), Selenium is given the driver's path so
 * Selenium Manager never runs, and axe-core is the {@code axe.min.js} bundled in the
 * {@code com.deque.html.axe-core:selenium} jar on the test class path.
 */
@ExtendWith({BrowserPrerequisites.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static final Path TARGET = Chromium.TARGET;
    private static final Dimension MOBILE = new Dimension(420, 900);
    private static final Dimension DESKTOP = new Dimension(1280, 1600);
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** axe results by page, in the order scanned; written to target/axe-report.txt at the end. */
    private static final Map<String, Chromium.Axe> SCANS = new LinkedHashMap<>();
    private static Chromium chromium;
    private static ChromeDriver driver;

    @ArquillianResource
    URL base;

    /** The portal as the browser sees it: on localhost, a secure context, so the Secure session cookie is kept. */
    private String root;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void browser() {
        chromium = Chromium.start(MOBILE);
        driver = chromium.driver();
    }

    @AfterAll
    static void closeAndReport() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (!SCANS.isEmpty()) {
            StringBuilder report = new StringBuilder(String.format("%-32s %10s %7s %10s%n", "page", "violations", "passes", "incomplete"));
            SCANS.forEach((page, axe) -> report.append(String.format("%-32s %10d %7d %10d%n", page, axe.violations().size(),
                    axe.passes(), axe.incomplete().size())));
            SCANS.forEach((page, axe) -> axe.violations().forEach(v -> report.append(page).append(": ").append(v).append('\n')));
            SCANS.values().stream().findFirst().ifPresent(axe -> report.append("axe-core ").append(axe.version())
                    .append(", the rules it enables by default (wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice; no experimental ones)\n"));
            SCANS.forEach((page, axe) -> report.append("passed on ").append(page).append(": ")
                    .append(String.join(" ", axe.passed())).append('\n'));
            Files.writeString(TARGET.resolve("axe-report.txt"), report.toString());
            System.out.print(report);
        }
    }

    @BeforeEach
    void localhost() throws MalformedURLException {
        // the Arquillian URL may carry the machine's address, which is not a secure context for Chromium: the
        // __Host- cookie (Secure) would be dropped and every form post would fail the CSRF check with 403
        URL at = Deployments.reachable(base);
        URL local = new URL(at.getProtocol(), "localhost", at.getPort(), at.getPath());
        String text = local.toString();
        root = text.endsWith("/") ? text : text + "/";
        driver.manage().window().setSize(MOBILE);
    }

    @Test
    @Order(1)
    void aReportTypedInArabicIsSentAndItsStatusChecked() {
        open("ma/ar/");
        assertDirection("ar", "rtl");
        scan("ma/ar home");
        screenshot("ar-home");

        open("ma/ar/report");
        assertDirection("ar", "rtl");
        scan("ma/ar report");
        screenshot("ar-report");

        // a dangerous address: the form comes back with a focusable error summary tied to the field
        type(By.id("url-0"), "javascript:alert(1)");
        send();
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertTrue(summary.isDisplayed(), "the error summary is shown");
        assertEquals("-1", summary.getDomAttribute("tabindex"), "the error summary can take focus");
        assertEquals("alert", summary.getDomAttribute("role"));
        driver.executeScript("arguments[0].focus()", summary);
        assertEquals(summary, driver.switchTo().activeElement(), "the error summary takes focus");
        assertEquals("#url-0", driver.findElement(By.cssSelector(".error-summary a")).getDomAttribute("href"));
        assertEquals("true", driver.findElement(By.id("url-0")).getDomAttribute("aria-invalid"));
        assertTrue(driver.findElement(By.id("url-0-error")).isDisplayed());
        assertEquals("javascript:alert(1)", driver.findElement(By.id("url-0")).getDomProperty("value"), "what was typed is kept");
        scan("ma/ar report (errors)");
        screenshot("ar-report-errors");

        type(By.id("url-0"), "http://example.com/ma-browser");
        choose("where-social-media");
        choose("hint-images");
        type(By.id("description"), "صور لطفل على حساب عام");
        choose("feedback-receipt");
        send();

        String[] codes = confirmation("ma/ar", "MA-");
        screenshot("ar-received");
        checkStatus("ma/ar", codes);
        screenshot("ar-status");
        assertNoViolations("ma/ar");
    }

    @Test
    @Order(2)
    void aReportTypedInNepaliIsSentAndItsStatusChecked() {
        open("np/ne/");
        assertDirection("ne", "ltr");
        scan("np/ne home");
        screenshot("ne-home");

        open("np/ne/report");
        scan("np/ne report");
        screenshot("ne-report");
        type(By.id("url-0"), "http://example.com/np-browser");
        choose("where-chat");
        choose("hint-videos");
        type(By.id("description"), "च्याटमा एउटा भिडियो पठाइएको थियो");
        choose("childInDanger");
        choose("feedback-none");
        send();

        String[] codes = confirmation("np/ne", "NP-");
        screenshot("ne-received");
        checkStatus("np/ne", codes);
        screenshot("ne-status");
        assertNoViolations("np/ne");
    }

    @Test
    @Order(3)
    void theEnglishPagesPassAxeOnAPhoneAndADesktop() {
        driver.manage().window().setSize(DESKTOP);
        open("ug/en/");
        assertDirection("en", "ltr");
        scan("ug/en home (desktop)");
        screenshot("en-home");
        driver.manage().window().setSize(MOBILE);
        open("ug/en/");
        scan("ug/en home");
        screenshot("en-home-mobile");

        open("ug/en/report");
        scan("ug/en report");
        screenshot("en-report");
        type(By.id("url-0"), "http://example.com/ug-browser");
        choose("where-website");
        choose("feedback-receipt");
        send();

        String[] codes = confirmation("ug/en", "UG-");
        screenshot("en-received");
        checkStatus("ug/en", codes);
        screenshot("en-status");
        assertNoViolations("ug/en");
    }

    // --- steps

    /** On the confirmation page: reads the reference and receipt shown there, and scans the page. */
    private String[] confirmation(String portal, String prefix) {
        assertEquals(root + portal + "/report/received", driver.getCurrentUrl(),
                () -> "the report was not accepted: " + driver.getTitle() + " / " + driver.findElement(By.tagName("main")).getText());
        String reference = driver.findElement(By.id("reference")).getText().trim();
        String receipt = driver.findElement(By.id("receipt")).getText().trim();
        assertTrue(reference.startsWith(prefix), "reference: " + reference);
        assertFalse(receipt.isBlank(), "a receipt is shown");
        System.out.printf("%s: sent %s with receipt %s%n", portal, reference, receipt);
        scan(portal + " received");
        return new String[] {reference, receipt};
    }

    /** Types the reference and receipt into the status page, as a person copying them would, and scans the answer. */
    private void checkStatus(String portal, String[] codes) {
        open(portal + "/status");
        type(By.id("reference"), codes[0]);
        type(By.id("receipt"), codes[1]);
        submitWith(By.cssSelector("button.button"));
        WebElement word = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-word")));
        assertFalse(word.getText().isBlank(), "a status is shown");
        System.out.printf("%s: status of %s is \"%s\"%n", portal, codes[0], word.getText());
        scan(portal + " status");
    }

    private void open(String path) {
        driver.get(root + path);
        waitForLoad();
        assertFalse(driver.getTitle().isBlank(), path + " has a title");
    }

    private void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
        assertEquals(text, input.getDomProperty("value"), "typed into " + field);
    }

    /** Ticks a radio button or checkbox the way a person does: by clicking it (or its label if it is styled away). */
    private void choose(String id) {
        WebElement input = driver.findElement(By.id(id));
        if (input.isDisplayed()) {
            input.click();
        } else {
            input.findElement(By.xpath("ancestor::label")).click();
        }
        assertTrue(input.isSelected(), id + " is chosen");
    }

    /** The visible send button (the form also starts with a visually hidden default submit button). */
    private void send() {
        submitWith(By.cssSelector("button.button[value=send]"));
    }

    /** Clicks a submit button and waits for the next page: a new document, without the mark left on this one. */
    private void submitWith(By button) {
        driver.executeScript("window.__beforeSubmit = true");
        driver.findElement(button).click();
        // while the page is being replaced the driver may answer with any error (not only "stale element")
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                .executeScript("return window.__beforeSubmit === undefined && document.readyState === 'complete'")));
    }

    private void waitForLoad() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    private void assertDirection(String lang, String dir) {
        assertEquals(lang, driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(dir, driver.executeScript("return getComputedStyle(document.querySelector('main')).direction"),
                "the page is laid out " + dir);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }

    // --- axe-core

    private void scan(String page) {
        SCANS.put(page, chromium.axe(page));
    }

    private static void assertNoViolations(String portal) {
        String found = SCANS.entrySet().stream().filter(e -> e.getKey().startsWith(portal + " "))
                .flatMap(e -> e.getValue().violations().stream().map(v -> e.getKey() + ": " + v))
                .collect(Collectors.joining("\n"));
        assertTrue(SCANS.keySet().stream().anyMatch(k -> k.startsWith(portal + " ")), "pages of " + portal + " were scanned");
        assertEquals("", found, "axe-core violations on " + portal);
    }
}
