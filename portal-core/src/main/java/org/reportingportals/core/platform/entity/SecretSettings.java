package org.reportingportals.core.platform.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * The run mode and the master key ({@code portal.mode}, {@code portal.secret-key}). The key is checked where the
 * secrets are made, and never printed.
 */
public record SecretSettings(PortalMode mode, Optional<String> secretKey) implements SettingsGroup {

    public SecretSettings {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(secretKey);
    }

    @Override
    public String toString() {
        return "SecretSettings[mode=" + mode + ", secretKey=" + (secretKey.isPresent() ? "set" : "none") + "]";
    }
}
