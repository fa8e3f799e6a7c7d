package org.reportingportals.core.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.feedback.entity.OutboxMessage;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Puts feedback emails in the outbox, in the caller's transaction, and shreds addresses past retention. */
@ApplicationScoped
public class FeedbackOutbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Queues the "assessed" email when the reporter asked for one and the address is still on file. */
    public Optional<OutboxMessage> enqueue(Report report, Instant now) {
        if (report.status() != ReportStatus.ASSESSED || report.feedback() != FeedbackPreference.EMAIL
                || !report.hasContact()) {
            return Optional.empty();
        }
        OutboxMessage message = new OutboxMessage(report.id(), report.publicStatus(), now);
        em.persist(message);
        return Optional.of(message);
    }

    /** Deletes every address received before {@code cutoff}; returns how many. */
    public int shredOlderThan(Instant cutoff) {
        return em.createNativeQuery("UPDATE reports SET contact_ciphertext = NULL "
                        + "WHERE contact_ciphertext IS NOT NULL AND received_at < ?1")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)))
                .executeUpdate();
    }
}
