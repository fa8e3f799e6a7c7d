package org.reportingportals.core.assessment.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review's rules: an appeal names its appellant; it is decided once, by confirming or by changing the outcome,
 * and a change is kept on the review. (That the assessor may not decide is checked by {@code Reviews}, which
 * knows the assessment.)
 */
class ReviewTest {

    private static final UUID ASSESSMENT = UUID.randomUUID();
    private static final Instant ASKED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant DECIDED = ASKED.plusSeconds(3600);
    private static final Finding CHANGED = new Finding(Outcome.CRIMINAL_C, Optional.empty(), Optional.empty(),
            Optional.empty(), EnumSet.of(Action.REFER_POLICE, Action.NOTICE_AND_TAKEDOWN), Optional.of("on reflection"));

    private static Review secondOpinion() {
        return new Review(ASSESSMENT, Review.Kind.SECOND_OPINION, Optional.empty(), Optional.of("not sure"), "alice", ASKED);
    }

    @Test
    void aNewReviewIsOpenAndRecordsWhoAskedWhenAndWhy() {
        Review review = secondOpinion();
        assertEquals(ASSESSMENT, review.assessmentId());
        assertEquals(Review.Kind.SECOND_OPINION, review.kind());
        assertEquals(Optional.empty(), review.appellant());
        assertEquals(Optional.of("not sure"), review.reason());
        assertEquals("alice", review.requestedBy());
        assertEquals(ASKED, review.requestedAt());
        assertEquals(Optional.empty(), review.decision());
        assertEquals(Optional.empty(), review.reviewer());
        assertEquals(Optional.empty(), review.reviewedAt());
        assertEquals(Optional.empty(), review.newOutcome());
        assertEquals(Set.of(), review.newActions());
        assertEquals(Optional.empty(), review.notes());
    }

    @Test
    void anAppealWithoutAnAppellantIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Review(ASSESSMENT, Review.Kind.APPEAL, Optional.empty(),
                Optional.of("the host says it is gone"), "alice", ASKED));
    }

    @Test
    void anAppealNamesWhoAppeals() {
        Review appeal = new Review(ASSESSMENT, Review.Kind.APPEAL, Optional.of(Review.Appellant.HOST), Optional.empty(),
                "alice", ASKED);
        assertEquals(Optional.of(Review.Appellant.HOST), appeal.appellant());
        assertEquals(Optional.empty(), appeal.reason(), "a reason is optional");
    }

    @Test
    void aReviewNeedsAKindARequesterAndATime() {
        assertThrows(NullPointerException.class,
                () -> new Review(ASSESSMENT, null, Optional.empty(), Optional.empty(), "alice", ASKED));
        assertThrows(NullPointerException.class,
                () -> new Review(ASSESSMENT, Review.Kind.SECOND_OPINION, Optional.empty(), Optional.empty(), null, ASKED));
        assertThrows(NullPointerException.class,
                () -> new Review(ASSESSMENT, Review.Kind.SECOND_OPINION, Optional.empty(), Optional.empty(), "alice", null));
    }

    @Test
    void decidingWithoutAChangeConfirmsTheOutcome() {
        Review review = secondOpinion();
        review.decide("sam", DECIDED, Optional.empty(), Optional.of("agreed"));
        assertEquals(Optional.of(Review.Decision.CONFIRMED), review.decision());
        assertEquals(Optional.of("sam"), review.reviewer());
        assertEquals(Optional.of(DECIDED), review.reviewedAt());
        assertEquals(Optional.of("agreed"), review.notes());
        assertEquals(Optional.empty(), review.newOutcome(), "a confirmation records no outcome of its own");
        assertEquals(Set.of(), review.newActions());
    }

    @Test
    void decidingWithAChangeKeepsTheNewOutcomeAndActionsOnTheReview() {
        Review review = secondOpinion();
        review.decide("sam", DECIDED, Optional.of(CHANGED), Optional.empty());
        assertEquals(Optional.of(Review.Decision.CHANGED), review.decision());
        assertEquals(Optional.of(Outcome.CRIMINAL_C), review.newOutcome());
        assertEquals(Set.of(Action.REFER_POLICE, Action.NOTICE_AND_TAKEDOWN), review.newActions());
        assertEquals(Optional.empty(), review.notes(), "notes are optional");
    }

    @Test
    void aChangeToNoActionIsKeptAsNone() {
        // Reviews reads newActions to tell the reporter whether action is now taken
        Review review = secondOpinion();
        review.decide("sam", DECIDED, Optional.of(new Finding(Outcome.NOT_CRIMINAL, Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(Action.NONE), Optional.empty())), Optional.empty());
        assertEquals(Set.of(Action.NONE), review.newActions());
        assertEquals(Optional.of(Outcome.NOT_CRIMINAL), review.newOutcome());
    }

    @Test
    void aSecondDecisionIsRefusedAndTheFirstStands() {
        Review review = secondOpinion();
        review.decide("sam", DECIDED, Optional.empty(), Optional.of("agreed"));
        assertThrows(IllegalStateException.class,
                () -> review.decide("tom", DECIDED.plusSeconds(60), Optional.of(CHANGED), Optional.of("no")));
        assertEquals(Optional.of(Review.Decision.CONFIRMED), review.decision());
        assertEquals(Optional.of("sam"), review.reviewer());
        assertEquals(Optional.of(DECIDED), review.reviewedAt());
        assertEquals(Optional.of("agreed"), review.notes());
        assertEquals(Optional.empty(), review.newOutcome());
    }

    @Test
    void aDecisionWithoutAReviewerIsRefusedAndTheReviewStaysOpen() {
        Review review = secondOpinion();
        assertThrows(NullPointerException.class, () -> review.decide(null, DECIDED, Optional.of(CHANGED), Optional.empty()));
        assertEquals(Optional.empty(), review.decision());
        review.decide("sam", DECIDED, Optional.empty(), Optional.empty());
        assertTrue(review.decision().isPresent(), "still decidable");
    }
}
