package org.reportingportals.core.assessment.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An open takedown as the list shows it, with its age. */
public record TakedownView(UUID id, UUID assessmentId, String url, String host, Optional<String> hostingCountry,
                           Instant openedAt, long ageHours, Optional<Instant> removedAt) {

    public static TakedownView of(Takedown takedown, Instant now) {
        return new TakedownView(takedown.id(), takedown.assessmentId(), takedown.normalisedUrl(), takedown.hostAscii(),
                takedown.hostingCountry(), takedown.openedAt(), Duration.between(takedown.openedAt(), now).toHours(),
                takedown.removedAt());
    }
}
