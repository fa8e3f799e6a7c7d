package org.reportingportals.core.assessment.control;

import org.reportingportals.core.reports.control.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.Finding;
import org.reportingportals.core.assessment.entity.Review;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Second opinions and appeals. Only a senior who did not make the first decision may decide; a changed
 * outcome is kept beside the original, and the reporter's status follows the latest decision.
 */
@ApplicationScoped
public class Reviews {

    /** Why a review could not be requested or decided. */
    public enum Refusal { NO_SUCH_ASSESSMENT, ALREADY_OPEN, NO_SUCH_REVIEW, BY_THE_ASSESSOR }

    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    ReportStore reports;

    public Review request(UUID assessmentId, Review.Kind kind, Optional<Review.Appellant> appellant,
                          Optional<String> reason, String requestedBy, Instant now) {
        Assessment assessment = em.find(Assessment.class, assessmentId.toString());
        if (assessment == null) {
            throw new Refused(Refusal.NO_SUCH_ASSESSMENT);
        }
        reports.lock(assessment.reportId()); // two requests at once: the second waits, then sees the first open
        if (!em.createNamedQuery(Review.OPEN_FOR, Review.class).setParameter("assessment", assessmentId.toString())
                .getResultList().isEmpty()) {
            throw new Refused(Refusal.ALREADY_OPEN);
        }
        Review review = new Review(assessmentId, kind, appellant, reason, requestedBy, now);
        em.persist(review);
        return review;
    }

    public List<Review> open(int limit) {
        return em.createNamedQuery(Review.OPEN, Review.class).setMaxResults(limit).getResultList();
    }

    public Assessment assessmentOf(Review review) {
        return em.find(Assessment.class, review.assessmentId().toString());
    }

    public Review decide(UUID reviewId, String senior, Instant now, Optional<Finding> changed, Optional<String> notes) {
        Review review = em.find(Review.class, reviewId.toString());
        if (review == null) {
            throw new Refused(Refusal.NO_SUCH_REVIEW);
        }
        Assessment assessment = assessmentOf(review);
        // decisions on one report take turns on its row, and the review is read again once it is locked: two
        // seniors deciding at once cannot both decide it, nor compute the reporter's status from each other's past
        Report report = reports.lock(assessment.reportId()).orElseThrow();
        em.refresh(review);
        if (review.decision().isPresent()) {
            throw new Refused(Refusal.NO_SUCH_REVIEW);
        }
        if (assessment.analyst().equals(senior)) {
            throw new Refused(Refusal.BY_THE_ASSESSOR);
        }
        review.decide(senior, now, changed, notes);
        if (changed.isPresent()) {
            followLatestDecisions(report);
        }
        return review;
    }

    /** Recomputes what the reporter sees from each URL's latest decision (a change, else the assessment). */
    private void followLatestDecisions(Report report) {
        if (report.status() != ReportStatus.ASSESSED) {
            return;
        }
        em.flush();
        List<Assessment> assessments = em.createNamedQuery(Assessment.OF_REPORT, Assessment.class)
                .setParameter("report", report.id().toString()).getResultList();
        Map<UUID, Boolean> acts = new HashMap<>();
        assessments.forEach(a -> acts.put(a.id(), a.finding().actsOnIt()));
        em.createNamedQuery(Review.CHANGES_FOR, Review.class)
                .setParameter("changed", Review.Decision.CHANGED)
                .setParameter("assessments", assessments.stream().map(a -> a.id().toString()).toList())
                .getResultList()
                .forEach(change -> acts.put(change.assessmentId(),
                        !change.newActions().contains(org.reportingportals.core.assessment.entity.Action.NONE)));
        report.completeAssessment(acts.values().stream().anyMatch(Boolean::booleanValue));
    }
}
