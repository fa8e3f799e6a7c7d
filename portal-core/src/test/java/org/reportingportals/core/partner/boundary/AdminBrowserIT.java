package org.reportingportals.core.partner.boundary;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reportingportals.core.testing.SignOnBrowserTest;

import java.net.MalformedURLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's change from sign-on to the public page, in Chromium against the real Keycloak: partner-ug signs
 * on, changes a colour (colour picker) and a text (translation editor) in the draft, previews it on the real pages, publishes, and the public page
 * shows it to everyone; then the shipped configuration is restored. Screenshots: target/screenshots/admin-*.
 */
class AdminBrowserIT extends SignOnBrowserTest {

    @Test
    void aPartnerChangesAColourAndATextPreviewsAndPublishes() throws MalformedURLException {
        String root = root();
        String wording = "Partner wording " + UUID.randomUUID().toString().substring(0, 6);

        driver.get(root + "admin");
        signOn("partner-ug", "partner-ug-demo");
        waitFor(By.cssSelector("table.statistics"));
        assertEquals(root + "admin/ug", driver.getCurrentUrl(), "a partner lands on its own portal");
        scan("statistics");
        chromium.screenshot("admin-1-statistics");

        driver.get(root + "admin/ug/configuration");
        waitFor(By.id("yaml"));
        if (!driver.findElements(By.cssSelector("form[action$='/draft/discard'] button")).isEmpty()) {
            driver.findElement(By.cssSelector("form[action$='/draft/discard'] button")).click();
            waitFor(By.id("yaml"));
        }
        scan("configuration");
        chromium.screenshot("admin-2-configuration");
        // a colour with the colour picker, a text with the translation editor: no YAML involved
        WebElement brandPicker = driver.findElement(By.id("c-brand"));
        driver.executeScript("arguments[0].value = '#14532d';", brandPicker);
        driver.findElement(By.cssSelector("form.colours button")).click();
        waitFor(By.cssSelector("p.notice"));
        driver.get(root + "admin/ug/translations/en");
        waitFor(By.name("t.portal.layout.footer.anonymous"));
        scan("translations");
        WebElement text = driver.findElement(By.name("t.portal.layout.footer.anonymous"));
        text.clear();
        text.sendKeys(wording);
        chromium.screenshot("admin-2b-translations");
        driver.findElement(By.cssSelector("main form button.primary")).click();
        waitFor(By.cssSelector("p.notice"));
        driver.get(root + "admin/ug/configuration");
        waitFor(By.cssSelector("form[action$='/configuration/preview'] button"));
        assertTrue(driver.findElement(By.id("yaml")).getDomProperty("value").contains(wording), "both went into the draft");
        driver.findElement(By.cssSelector("form[action$='/configuration/preview'] button")).click();

        waitFor(By.cssSelector(".preview-banner"));
        assertTrue(driver.getCurrentUrl().startsWith(root + "ug/"), driver.getCurrentUrl());
        assertTrue(driver.getPageSource().contains(wording), "the preview shows the new text");
        assertEquals("#14532d", brand(), "and the new colour");
        chromium.screenshot("admin-3-preview");

        driver.get(root + "admin/ug/configuration");
        waitFor(By.cssSelector("form[action$='/publish'] button"));
        driver.findElement(By.cssSelector("form[action$='/publish'] button")).click();
        waitFor(By.cssSelector("p.notice"));
        assertTrue(driver.findElement(By.cssSelector("p.notice")).getText().startsWith("Published"));
        chromium.screenshot("admin-4-published");

        driver.get(root + "ug/en/");
        waitFor(By.tagName("footer"));
        assertTrue(driver.getPageSource().contains(wording), "published: the public page shows the new text");
        assertFalse(driver.getPageSource().contains("preview-banner"), "and it is no preview any more");
        assertEquals("#14532d", brand());
        chromium.screenshot("admin-5-public");

        driver.get(root + "admin/ug/configuration");
        waitFor(By.cssSelector("tr[data-version='0'] button"));
        driver.findElement(By.cssSelector("tr[data-version='0'] button")).click();
        waitFor(By.cssSelector("p.notice"));
        driver.get(root + "ug/en/");
        waitFor(By.tagName("footer"));
        assertFalse(driver.getPageSource().contains(wording), "rolled back to the shipped configuration");

        assertEquals(List.of(), VIOLATIONS, "axe-core violations on the admin pages");
    }

    private String brand() {
        return ((String) driver.executeScript(
                "return getComputedStyle(document.documentElement).getPropertyValue('--brand')")).strip();
    }


}
