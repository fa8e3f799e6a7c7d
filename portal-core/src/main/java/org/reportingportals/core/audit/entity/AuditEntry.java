package org.reportingportals.core.audit.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One audit event as the API shows it to seniors. */
public record AuditEntry(Instant occurredAt, String actor, String action, Optional<UUID> reportId, Optional<String> detail) {

    public static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.occurredAt(), event.actor(), event.action(), event.reportId(), event.detail());
    }
}
