package org.reportingportals.core.platform.entity;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a staff sign-on lasts ({@code portal.staff.session-idle}, {@code portal.staff.session-max}): it ends after
 * {@code idle} without a request, and {@code max} after the sign-on whatever happens, when the provider is asked again.
 */
public record StaffSessionSettings(Duration idle, Duration max) implements SettingsGroup {

    public StaffSessionSettings {
        Objects.requireNonNull(idle);
        Objects.requireNonNull(max);
        if (idle.compareTo(max) > 0) {
            throw new IllegalArgumentException("portal.staff.session-idle must not be longer than portal.staff.session-max");
        }
    }
}
