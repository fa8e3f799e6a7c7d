package org.reportingportals.core.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For browser tests that need no sign-on, decided before Arquillian boots Payara so a skipped class costs
 * nothing: without Chromium they skip on a developer's machine and fail on CI ({@link Prerequisites}).
 */
public final class BrowserPrerequisites implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Prerequisites.chromium(context.getRequiredTestClass().getSimpleName());
    }
}
