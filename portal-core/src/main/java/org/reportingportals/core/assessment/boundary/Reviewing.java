package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.assessment.control.Reviews;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.AssessmentEvent;
import org.reportingportals.core.assessment.entity.Finding;
import org.reportingportals.core.assessment.entity.Review;
import org.reportingportals.core.assessment.entity.ReviewView;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Second opinions and appeals, from the API and the console alike: any analyst asks, a senior who did not make
 * the first decision decides. Each step is one transaction with its audit record.
 */
@ApplicationScoped
public class Reviewing {

    /** The open reviews and, among them, those on the caller's own first decisions (which they may not decide). */
    public record Open(List<ReviewView> reviews, List<UUID> onOwnDecisions) {
    }

    @Inject
    Reviews reviews;

    @Inject
    Event<AssessmentEvent> events;

    @Inject
    Clock clock;

    /** @throws Reviews.Refused when there is no such assessment or a review of it is already open */
    @Transactional
    public ReviewView request(UUID assessmentId, Review.Kind kind, Optional<Review.Appellant> appellant,
                              Optional<String> reason, Analyst analyst) {
        Instant now = clock.instant();
        Review review = reviews.request(assessmentId, kind, appellant, reason, analyst.id(), now);
        var assessment = reviews.assessmentOf(review);
        events.fire(new AssessmentEvent.ReviewRequested(assessment.reportId(), review.id(), kind, analyst.id(), now));
        return ReviewView.of(review, assessment);
    }

    /** Open reviews, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Open open(int limit, Analyst caller) {
        List<Review> open = reviews.open(limit);
        return new Open(open.stream().map(r -> ReviewView.of(r, reviews.assessmentOf(r))).toList(),
                open.stream().filter(r -> reviews.assessmentOf(r).analyst().equals(caller.id())).map(Review::id).toList());
    }

    /**
     * Confirms the decision under review, or changes it ({@code changed} present) beside the untouched original.
     *
     * @throws Reviews.Refused when there is no such open review, or the senior made the first decision
     */
    @Transactional
    public ReviewView decide(UUID reviewId, Analyst senior, Optional<Finding> changed, Optional<String> notes) {
        Instant now = clock.instant();
        Review review = reviews.decide(reviewId, senior.id(), now, changed, notes);
        var assessment = reviews.assessmentOf(review);
        events.fire(new AssessmentEvent.ReviewDecided(assessment.reportId(), review.id(), changed.isPresent(),
                review.newOutcome(), senior.id(), now));
        return ReviewView.of(review, assessment);
    }
}
