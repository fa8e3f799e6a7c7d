package org.reportingportals.core.portal.entity;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A value that differs in every response of an otherwise shared page. A page kept for everyone is rendered once
 * with a stand-in in each such place and gets the visitor's own value there each time it is served.
 */
public enum StandIn {
    /** The form's CSRF token (and Krazo's {@code X-CSRF-TOKEN} header with it). */
    CSRF_TOKEN,
    /** The report form's idempotency key: shared, it would make two citizens' reports one. */
    IDEMPOTENCY_KEY;

    /**
     * Random per start and per kind, letters and digits only so that HTML escaping leaves it as it is; it never
     * leaves the server, so no page text can contain it by design or by guess. (Made in the constructor: an
     * enum's constants exist before its static fields.)
     */
    private final String text;

    StandIn() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        text = "standin" + HexFormat.of().formatHex(bytes);
    }

    public String text() {
        return text;
    }
}
