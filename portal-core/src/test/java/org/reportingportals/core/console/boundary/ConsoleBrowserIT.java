package org.reportingportals.core.console.boundary;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.SignOnBrowserTest;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst's whole cycle in a real browser against the real Keycloak of {@code ops/keycloak/start.sh}
 * (which {@code .ci/run} starts): sign on as the demo analyst, claim the next report, assess every URL, sign
 * out of the console and of Keycloak. Screenshots of each screen land in {@code target/screenshots/console-*}
 * and every console screen is scanned with axe-core.
 *
 * <p>Without Chromium or Keycloak it is skipped, or fails with {@code CI=true} ({@code SignOnPrerequisites}).
 */
class ConsoleBrowserIT extends SignOnBrowserTest {

    @Test
    void theDemoAnalystSignsOnClaimsAssessesAndSignsOut() throws MalformedURLException {
        // on localhost, a secure context for Chromium, so the __Host- (Secure) session cookie is kept
        String root = root();
        Api api = new Api(base);
        api.drainQueue();
        Api.Reply sent = api.post("api/v1/portals/ug/reports", "{\"urls\":[\"http://browser.example/one\","
                + "\"http://trusted.example@evil.example/two\",\"https://xn--pple-43d.com/three\"],"
                + "\"description\":\"<b>bold?</b> seen on a forum\",\"childInDanger\":true}");
        assertEquals(201, sent.status(), sent.body());
        String reference = sent.json().getString("reference");

        driver.get(root + "console");
        waitFor(By.id("username"));
        assertTrue(driver.getCurrentUrl().startsWith("http://127.0.0.1:8180/realms/portal/"), driver.getCurrentUrl());
        chromium.screenshot("console-1-keycloak-sign-in");
        signOn("analyst1", "analyst1-demo");

        waitFor(By.cssSelector("form.claim"));
        assertTrue(driver.getCurrentUrl().startsWith(root + "console"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.cssSelector(".bar__signout")).getText().contains("Signed in as Ada Analyst"),
                "the analyst's name comes from the token");
        scan("queue");
        chromium.screenshot("console-2-queue");

        driver.findElement(By.cssSelector("form.claim button")).click();
        waitFor(By.cssSelector("article.url"));
        assertEquals("Report " + reference, driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.cssSelector(".alert--danger")).isDisplayed(), "child in danger is prominent");
        assertEquals("<b>bold?</b> seen on a forum", driver.findElement(By.cssSelector(".reported-text bdi")).getText(),
                "the description is shown as typed, as text");
        assertTrue(driver.findElements(By.cssSelector("a[href^='http://browser'], a[href*='evil.example']")).isEmpty(),
                "reported URLs are never links");
        assertNull(driver.findElement(By.cssSelector("button.copy")).getDomAttribute("hidden"),
                "the copy button is shown when scripts run");
        scan("report");
        chromium.screenshot("console-3-report");

        int forms = driver.findElements(By.cssSelector("form.assess")).size();
        assertEquals(3, forms);
        for (int i = 0; i < forms; i++) {
            WebElement form = driver.findElements(By.cssSelector("form.assess")).get(0);
            new Select(form.findElement(By.name("outcome"))).selectByValue(i == 2 ? "not-criminal" : "criminal-c");
            new Select(form.findElement(By.name("hostingCountry"))).selectByValue("DE");
            form.findElement(By.cssSelector("input[name=actions][value='" + (i == 2 ? "none" : "notice-and-takedown") + "']")).click();
            if (i == 1) {
                chromium.screenshot("console-4-assessing");
            }
            form.findElement(By.cssSelector("button[type=submit]")).click();
            // the old page must be gone first: its own readyState is "complete" until the next page replaces it
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(form));
            new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        }
        waitFor(By.cssSelector("p.notice"));
        assertEquals("Every URL of the report is assessed; the report is done.",
                driver.findElement(By.cssSelector("p.notice")).getText());
        chromium.screenshot("console-5-done");

        driver.get(root + "console/takedowns");
        waitFor(By.tagName("h1"));
        assertTrue(driver.getPageSource().contains("http://browser.example/one"), "the takedown is open");
        scan("takedowns");
        chromium.screenshot("console-6-takedowns");

        driver.findElement(By.cssSelector(".bar__signout button")).click();
        String signedOut = root + "signed-out";
        new WebDriverWait(driver, WAIT).until(d -> signedOut.equals(d.getCurrentUrl()));
        chromium.screenshot("console-7-signed-out");
        driver.get(root + "console");
        waitFor(By.id("username"));
        assertTrue(driver.getCurrentUrl().startsWith("http://127.0.0.1:8180/"),
                "signed out at Keycloak too: the password is asked again");

        assertEquals(List.of(), VIOLATIONS, "axe-core violations on the console");
    }


}
