package org.reportingportals.core.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.reportingportals.core.assessment.entity.AssessmentEvent;
import org.reportingportals.core.audit.entity.AuditAction;

import java.util.Locale;
import java.util.Optional;

/**
 * Writes the trail of the assessment use cases. The observers are synchronous, so each row is written in the
 * transaction of the act it records: both commit, or neither.
 */
@ApplicationScoped
public class AssessmentAudit {

    @Inject
    AuditTrail trail;

    void claimed(@Observes AssessmentEvent.ReportClaimed e) {
        trail.record(e.actor(), AuditAction.REPORT_CLAIM, Optional.of(e.reportId()), e.at());
    }

    void renewed(@Observes AssessmentEvent.ClaimRenewed e) {
        trail.record(e.actor(), AuditAction.REPORT_RENEW, Optional.of(e.reportId()), e.at());
    }

    void released(@Observes AssessmentEvent.ClaimReleased e) {
        trail.record(e.actor(), AuditAction.REPORT_RELEASE, Optional.of(e.reportId()), e.at());
    }

    void viewed(@Observes AssessmentEvent.ReportViewed e) {
        trail.record(e.actor(), AuditAction.REPORT_VIEW, Optional.of(e.reportId()), e.at());
    }

    void assessed(@Observes AssessmentEvent.UrlAssessed e) {
        trail.record(e.actor(), AuditAction.URL_ASSESS, Optional.of(e.reportId()),
                Optional.of("url=" + e.urlId() + " outcome=" + e.outcome().code()), e.at());
    }

    void duplicate(@Observes AssessmentEvent.DuplicateAssessed e) {
        trail.record(e.actor(), AuditAction.URL_ASSESS_DUPLICATE, Optional.of(e.reportId()),
                Optional.of("url=" + e.urlId() + " from=" + e.fromAssessment()), e.at());
    }

    void completed(@Observes AssessmentEvent.ReportAssessed e) {
        trail.record(e.actor(), AuditAction.REPORT_ASSESSED, Optional.of(e.reportId()), e.at());
    }

    void reviewRequested(@Observes AssessmentEvent.ReviewRequested e) {
        trail.record(e.actor(), AuditAction.REVIEW_REQUEST, Optional.of(e.reportId()),
                Optional.of("review=" + e.reviewId() + " kind=" + e.kind().name().toLowerCase(Locale.ROOT)), e.at());
    }

    void reviewDecided(@Observes AssessmentEvent.ReviewDecided e) {
        trail.record(e.actor(), AuditAction.REVIEW_DECIDE, Optional.of(e.reportId()),
                Optional.of("review=" + e.reviewId() + " decision=" + (e.changed() ? "change" : "confirm")
                        + e.newOutcome().map(o -> " outcome=" + o.code()).orElse("")), e.at());
    }

    void takedownRemoved(@Observes AssessmentEvent.TakedownRemoved e) {
        trail.record(e.actor(), AuditAction.TAKEDOWN_REMOVED, Optional.empty(),
                Optional.of("takedown=" + e.takedownId()), e.at());
    }

    void exported(@Observes AssessmentEvent.AssessmentsExported e) {
        trail.record(e.actor(), AuditAction.ASSESSMENTS_EXPORT, Optional.empty(), e.at());
    }
}
