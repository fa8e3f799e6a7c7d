package org.reportingportals.core.platform.entity;

import java.util.Locale;

/** {@code production} refuses to start without real secrets; {@code dev} fills them in and says so. */
public enum PortalMode {
    PRODUCTION, DEV;

    public static PortalMode parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "dev", "development" -> DEV;
            case "production", "prod" -> PRODUCTION;
            default -> throw new IllegalArgumentException("portal.mode must be 'production' or 'dev', not: " + value);
        };
    }
}
