package org.reportingportals.core.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;

import java.util.Optional;
import java.util.UUID;

/** Finds and keeps reports. Runs inside the caller's transaction. */
@ApplicationScoped
public class ReportStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(Report report) {
        em.persist(report);
        em.flush(); // surface constraint violations (idempotency key race) inside the caller's try
    }

    public Optional<Report> find(UUID id) {
        return Optional.ofNullable(em.find(Report.class, id.toString()));
    }

    public Optional<Report> byReference(Reference reference) {
        return em.createNamedQuery(Report.BY_REFERENCE, Report.class)
                .setParameter("reference", reference.value())
                .getResultStream().findFirst();
    }

    public Optional<Report> byIdempotencyKey(String tenantCode, String keyHash) {
        return em.createNamedQuery(Report.BY_IDEMPOTENCY_KEY, Report.class)
                .setParameter("tenant", tenantCode)
                .setParameter("keyHash", keyHash)
                .getResultStream().findFirst();
    }

    public boolean referenceTaken(Reference reference) {
        return em.createNamedQuery(Report.COUNT_BY_REFERENCE, Long.class)
                .setParameter("reference", reference.value())
                .getSingleResult() > 0;
    }
}
