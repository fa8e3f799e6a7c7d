package org.reportingportals.core.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reportingportals.core.platform.entity.UtcInstantConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One thing one staff member did. Immutable: there are no setters and the trail only inserts. */
@Entity
@Table(name = "audit_events")
@jakarta.persistence.NamedQuery(name = AuditEvent.OF_REPORT, query = "SELECT e FROM AuditEvent e WHERE e.reportId = :report ORDER BY e.occurredAt")
public class AuditEvent {

    public static final String OF_REPORT = "AuditEvent.ofReport";

    @Id
    private String id;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 400)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "report_id", length = 36)
    private String reportId;

    /** What the action concerned (an URL id, an outcome code); never reporter data. */
    @Column(length = 200)
    private String detail;

    protected AuditEvent() {
        // JPA
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, Optional<UUID> reportId, Optional<String> detail) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = action.code();
        this.reportId = reportId.map(UUID::toString).orElse(null);
        this.detail = detail.orElse(null);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public Optional<UUID> reportId() {
        return Optional.ofNullable(reportId).map(UUID::fromString);
    }
}
