package org.reportingportals.core.platform.entity;

/**
 * Per-client limits ({@code portal.rate-limit.*}): reports and status checks one client may send per window.
 */
public record RateLimitSettings(int reportsPerWindow, int statusChecksPerWindow) implements SettingsGroup {
}
