package org.reportingportals.core.assessment.entity;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules an assessment's finding must meet before an {@link Assessment} can be written. */
class FindingTest {

    private static Finding finding(Set<Action> actions) {
        return new Finding(Outcome.CRIMINAL_B, Optional.empty(), Optional.empty(), Optional.empty(), actions, Optional.empty());
    }

    @Test
    void aFindingWithoutAnyActionIsRefusedNoneMustBeSaid() {
        assertThrows(IllegalArgumentException.class, () -> finding(Set.of()));
    }

    @Test
    void noneTogetherWithAnotherActionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> finding(Set.of(Action.NONE, Action.REFER_POLICE)));
    }

    @Test
    void aFindingNeedsAnOutcome() {
        assertThrows(NullPointerException.class, () -> new Finding(null, Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(Action.NONE), Optional.empty()));
    }

    @Test
    void theHotlineActsOnItUnlessTheActionIsNone() {
        assertFalse(finding(Set.of(Action.NONE)).actsOnIt());
        assertTrue(finding(Set.of(Action.NOTICE_AND_TAKEDOWN)).actsOnIt());
        assertTrue(finding(EnumSet.of(Action.REFER_HOTLINE, Action.REFER_POLICE)).actsOnIt());
    }

    @Test
    void theActionsCannotBeChangedAfterTheFindingIsMade() {
        Set<Action> given = new HashSet<>(Set.of(Action.REFER_HOTLINE));
        Finding finding = finding(given);
        given.add(Action.NONE);
        assertEquals(Set.of(Action.REFER_HOTLINE), finding.actions(), "a copy, not the caller's set");
        assertThrows(UnsupportedOperationException.class, () -> finding.actions().add(Action.REFER_POLICE));
    }
}
