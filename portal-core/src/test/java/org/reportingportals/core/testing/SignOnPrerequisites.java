package org.reportingportals.core.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * For browser tests of the Keycloak sign-on, decided before Arquillian boots Payara so a skipped class costs
 * nothing: skipped without Chromium, and without Keycloak outside CI; on CI a missing Keycloak is a failure.
 */
public final class SignOnPrerequisites implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        String test = context.getRequiredTestClass().getSimpleName();
        if (!Chromium.installed()) {
            System.out.println(Chromium.missing(test));
            Assumptions.abort(Chromium.missing(test));
        }
        if (!Keycloak.isUp()) {
            String reason = test + " needs the Keycloak of ops/keycloak/start.sh on 127.0.0.1:8180";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + ": .ci/run starts it before the tests");
            }
            System.out.println(reason + "; skipped");
            Assumptions.abort(reason);
        }
    }
}
