package org.reportingportals.core.assessment.entity;

import java.util.Objects;

/**
 * The person working the queue.
 *
 * @param id          issuer and subject of the token ({@code iss#sub}): stable and unique across realms
 * @param displayName for screens, from the token's {@code name} or {@code preferred_username}
 */
public record Analyst(String id, String displayName) {
    public Analyst {
        Objects.requireNonNull(id);
        Objects.requireNonNull(displayName);
    }

    public static Analyst of(String issuer, String subject, String displayName) {
        return new Analyst(issuer + "#" + subject, displayName == null || displayName.isBlank() ? subject : displayName);
    }
}
