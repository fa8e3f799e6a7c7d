package org.reportingportals.core.assessment.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A review as the API shows it, with the decision under review. */
public record ReviewView(UUID id, UUID assessmentId, UUID reportId, String kind, Optional<String> appellant,
                         Optional<String> reason, Instant requestedAt, String firstOutcome, List<String> firstActions,
                         Optional<String> decision, Optional<String> newOutcome, List<String> newActions,
                         Optional<Instant> reviewedAt, Optional<String> notes) {

    public static ReviewView of(Review review, Assessment assessment) {
        Finding first = assessment.finding();
        return new ReviewView(review.id(), assessment.id(), assessment.reportId(), code(review.kind()),
                review.appellant().map(ReviewView::code), review.reason(), review.requestedAt(), first.outcome().code(),
                first.actions().stream().map(Action::code).sorted().toList(), review.decision().map(ReviewView::code),
                review.newOutcome().map(Outcome::code), review.newActions().stream().map(Action::code).sorted().toList(),
                review.reviewedAt(), review.notes());
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
