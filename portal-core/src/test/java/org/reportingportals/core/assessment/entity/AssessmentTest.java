package org.reportingportals.core.assessment.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An assessment records one analyst's finding on one URL, once. */
class AssessmentTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:05:30Z");
    private static final UUID REPORT = UUID.randomUUID();
    private static final UUID URL = UUID.randomUUID();

    private static final Finding FULL = new Finding(Outcome.CRIMINAL_A, Optional.of("NL"), Optional.of(AgeBand.CHILD),
            Optional.of(false), EnumSet.of(Action.REFER_POLICE, Action.NOTICE_AND_TAKEDOWN, Action.REFER_HOTLINE),
            Optional.of("hosted on a file locker"));
    private static final Finding BARE = new Finding(Outcome.NOT_CRIMINAL, Optional.empty(), Optional.empty(),
            Optional.empty(), Set.of(Action.NONE), Optional.empty());

    @Test
    void recordsWhoAssessedWhichUrlOfWhichReportAndWhen() {
        Assessment assessment = new Assessment(REPORT, URL, "alice", FULL, AT, Optional.empty());
        assertEquals(REPORT, assessment.reportId());
        assertEquals(URL, assessment.reportedUrlId());
        assertEquals("alice", assessment.analyst());
        assertEquals(AT, assessment.assessedAt(), "to the instant, unlike the report's received time");
        assertEquals(Optional.empty(), assessment.copiedFrom());
    }

    @Test
    void givesBackEveryPartOfTheFindingAsRecorded() {
        assertEquals(FULL, new Assessment(REPORT, URL, "alice", FULL, AT, Optional.empty()).finding());
        assertEquals(BARE, new Assessment(REPORT, URL, "alice", BARE, AT, Optional.empty()).finding());
    }

    @Test
    void anAssessmentAppliedToADuplicateNamesTheOneItWasCopiedFrom() {
        UUID original = UUID.randomUUID();
        Assessment copy = new Assessment(REPORT, URL, "alice", FULL, AT, Optional.of(original));
        assertEquals(Optional.of(original), copy.copiedFrom());
    }

    @Test
    void eachAssessmentHasItsOwnId() {
        assertNotEquals(new Assessment(REPORT, URL, "alice", BARE, AT, Optional.empty()).id(),
                new Assessment(REPORT, URL, "alice", BARE, AT, Optional.empty()).id());
    }

    @Test
    void anAssessmentNeedsAnAnalystAndATime() {
        assertThrows(NullPointerException.class, () -> new Assessment(REPORT, URL, null, FULL, AT, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Assessment(REPORT, URL, "alice", FULL, null, Optional.empty()));
    }

    @Test
    void anAssessmentIsWrittenOnceNothingCanChangeIt() {
        // a second opinion is a Review beside the assessment: any public method returning nothing would be a mutator
        List<String> mutators = Arrays.stream(Assessment.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == void.class)
                .map(Method::getName).toList();
        assertEquals(List.of(), mutators);
    }
}
