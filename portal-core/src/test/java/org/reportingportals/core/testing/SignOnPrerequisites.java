package org.reportingportals.core.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For browser tests of the Keycloak sign-on, decided before Arquillian boots Payara so a skipped class costs
 * nothing: without Chromium or without Keycloak they skip on a developer's machine and fail on CI
 * ({@link Prerequisites}).
 */
public final class SignOnPrerequisites implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        String test = context.getRequiredTestClass().getSimpleName();
        Prerequisites.chromium(test);
        Prerequisites.keycloak(test);
    }
}
