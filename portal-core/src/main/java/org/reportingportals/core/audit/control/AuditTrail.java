package org.reportingportals.core.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.audit.entity.AuditEvent;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Writes audit events in the caller's transaction, so an action and its record commit together. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, String action, Optional<UUID> reportId) {
        record(actor, action, reportId, Optional.empty());
    }

    public void record(String actor, String action, Optional<UUID> reportId, Optional<String> detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, reportId, detail));
    }

    public java.util.List<AuditEvent> ofReport(UUID reportId) {
        return em.createNamedQuery(AuditEvent.OF_REPORT, AuditEvent.class).setParameter("report", reportId.toString())
                .getResultList();
    }
}
