package org.reportingportals.core.feedback.control;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.reportingportals.core.assessment.entity.AssessmentEvent;
import org.reportingportals.core.reports.control.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.feedback.entity.OutboxMessage;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportStatus;

import java.time.Instant;
import java.util.Optional;

/** Puts feedback emails in the outbox, in the caller's transaction, and shreds addresses past retention. */
@ApplicationScoped
public class FeedbackOutbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReportStore reports;

    /** A report was assessed: the reporter's email joins the outbox in the assessment's own transaction. */
    void assessed(@Observes AssessmentEvent.ReportAssessed assessed) {
        reports.find(assessed.reportId()).ifPresent(report -> enqueue(report, assessed.at()));
    }

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
        return reports.shredContactsReceivedBefore(cutoff);
    }
}
