package org.reportingportals.core.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.audit.entity.AuditAction;
import org.reportingportals.core.audit.entity.AuditEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Writes audit events in the caller's transaction, so an action and its record commit together. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void record(String actor, AuditAction action, Optional<UUID> reportId, Instant at) {
        record(actor, action, reportId, Optional.empty(), at);
    }

    public void record(String actor, AuditAction action, Optional<UUID> reportId, Optional<String> detail, Instant at) {
        em.persist(new AuditEvent(at, actor, action, reportId, detail));
    }

    /**
     * Newest first, filtered by whatever is given: a report, an actor ({@code iss#sub}), an action.
     */
    public java.util.List<AuditEvent> search(Optional<UUID> reportId, Optional<String> actor, Optional<String> action,
                                             int limit) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEvent.class);
        var event = query.from(AuditEvent.class);
        java.util.List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
        reportId.ifPresent(id -> where.add(cb.equal(event.get("reportId"), id.toString())));
        actor.ifPresent(a -> where.add(cb.equal(event.get("actor"), a)));
        action.ifPresent(a -> where.add(cb.equal(event.get("action"), a)));
        query.where(where.toArray(jakarta.persistence.criteria.Predicate[]::new))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }

    public java.util.List<AuditEvent> ofReport(UUID reportId) {
        return em.createNamedQuery(AuditEvent.OF_REPORT, AuditEvent.class).setParameter("report", reportId.toString())
                .getResultList();
    }
}
