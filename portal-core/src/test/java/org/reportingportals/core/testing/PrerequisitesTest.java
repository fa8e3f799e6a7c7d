package org.reportingportals.core.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rule the browser and sign-on tests follow when Chromium or Keycloak is missing: fail on CI, skip elsewhere. */
class PrerequisitesTest {

    private static final String CHROMIUM = "Chromium: /usr/bin/chromium cannot be run";

    @Test
    void aMissingPrerequisiteFailsOnCiNamingTheTestAndWhatIsMissing() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Prerequisites.require(false, "PortalBrowserIT", CHROMIUM, true));
        assertEquals("PortalBrowserIT cannot run on CI (CI=true), missing " + CHROMIUM, failure.getMessage());
    }

    @Test
    void aMissingPrerequisiteSkipsOutsideCiNamingTheTestAndWhatIsMissing() {
        TestAbortedException skip = assertThrows(TestAbortedException.class,
                () -> Prerequisites.require(false, "PortalBrowserIT", CHROMIUM, false));
        assertEquals("PortalBrowserIT skipped, missing " + CHROMIUM, skip.getMessage());
    }

    @Test
    void aPresentPrerequisiteNeitherFailsNorSkips() {
        assertDoesNotThrow(() -> Prerequisites.require(true, "PortalBrowserIT", CHROMIUM, true));
        assertDoesNotThrow(() -> Prerequisites.require(true, "PortalBrowserIT", CHROMIUM, false));
    }
}
