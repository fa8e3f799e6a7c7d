package org.reportingportals.core.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser tests of the Keycloak sign-on share: the deployment, one Chromium per class, the platform's
 * address on {@code localhost} (a secure context, so the {@code __Host-} cookie is kept), Keycloak's sign-in
 * form, waiting, and axe-core scans whose violations the test asserts at its end.
 */
@ExtendWith({SignOnPrerequisites.class, ArquillianExtension.class})
public abstract class SignOnBrowserTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static Chromium chromium;
    protected static ChromeDriver driver;
    protected static final List<String> VIOLATIONS = new ArrayList<>();

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void browser() {
        chromium = Chromium.start(new Dimension(1280, 1000));
        driver = chromium.driver();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The platform's root on localhost, ending with a slash. */
    protected String root() throws MalformedURLException {
        URL at = Deployments.reachable(base);
        String root = new URL(at.getProtocol(), "localhost", at.getPort(), at.getPath()).toString();
        return root.endsWith("/") ? root : root + "/";
    }

    /** Fills Keycloak's sign-in form, which the browser must be showing or about to show. */
    protected void signOn(String username, String password) {
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    protected void waitFor(By element) {
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(element).isEmpty());
    }

    protected void scan(String page) {
        chromium.axe(page).violations().forEach(v -> VIOLATIONS.add(page + ": " + v));
    }
}
