package org.reportingportals.core.assessment.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the assessment use cases announce, fired as CDI events inside their transaction: observers that must be
 * atomic with the act (the audit trail, the feedback outbox) observe synchronously and commit or roll back with
 * it. Events carry ids and codes only, never anything about the reporter. {@code actor} is the analyst's
 * {@code iss#sub}.
 */
public sealed interface AssessmentEvent {

    String actor();

    Instant at();

    record ReportClaimed(UUID reportId, String actor, Instant at) implements AssessmentEvent {
    }

    record ClaimRenewed(UUID reportId, String actor, Instant at) implements AssessmentEvent {
    }

    record ClaimReleased(UUID reportId, String actor, Instant at) implements AssessmentEvent {
    }

    record ReportViewed(UUID reportId, String actor, Instant at) implements AssessmentEvent {
    }

    record UrlAssessed(UUID reportId, UUID urlId, UUID assessmentId, Outcome outcome, String actor, Instant at)
            implements AssessmentEvent {
    }

    /** One assessment applied to the same page in another report. */
    record DuplicateAssessed(UUID reportId, UUID urlId, UUID fromAssessment, String actor, Instant at)
            implements AssessmentEvent {
    }

    /** Every URL of the report now has an assessment: it leaves the queue and its public status is final. */
    record ReportAssessed(UUID reportId, String actor, Instant at) implements AssessmentEvent {
    }

    record ReviewRequested(UUID reportId, UUID reviewId, Review.Kind kind, String actor, Instant at)
            implements AssessmentEvent {
    }

    record ReviewDecided(UUID reportId, UUID reviewId, boolean changed, Optional<Outcome> newOutcome, String actor,
                         Instant at) implements AssessmentEvent {
    }

    record TakedownRemoved(UUID takedownId, String actor, Instant at) implements AssessmentEvent {
    }

    record AssessmentsExported(String actor, Instant at) implements AssessmentEvent {
    }
}
