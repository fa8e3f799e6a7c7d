package org.reportingportals.core.platform.boundary;

/** The realm roles, as they arrive in the token's {@code groups} claim. */
public final class Roles {
    public static final String ANALYST = "analyst";
    public static final String SENIOR_ANALYST = "senior-analyst";
    public static final String PARTNER_ADMIN = "partner-admin";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
