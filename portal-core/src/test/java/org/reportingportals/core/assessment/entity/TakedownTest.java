package org.reportingportals.core.assessment.entity;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.NormalisedUrl;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportContents;
import org.reportingportals.core.reports.entity.ReportedUrl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A takedown is opened from the assessment that asked for it and closed once, when the page is confirmed gone. */
class TakedownTest {

    private static final Instant ASSESSED = Instant.parse("2026-11-01T10:05:30Z");
    private static final Instant GONE = ASSESSED.plusSeconds(86_400);

    private final Report report = new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"), "ug", "en", ASSESSED,
            ReportContents.bystander(List.of(new NormalisedUrl("HTTP://Files.Example/x#top", "http://files.example/x",
                    "files.example", "files.example", false, false)), Optional.empty(), Optional.empty(), Set.of(), false,
                    FeedbackPreference.NONE), "receipt-hash", Optional.empty(), Optional.empty());
    private final ReportedUrl url = report.urls().get(0);

    private Takedown opened(Optional<String> hostingCountry) {
        Assessment assessment = new Assessment(report.id(), url.id(), "alice", new Finding(Outcome.CRIMINAL_A,
                hostingCountry, Optional.empty(), Optional.empty(), Set.of(Action.NOTICE_AND_TAKEDOWN), Optional.empty()),
                ASSESSED, Optional.empty());
        Takedown takedown = new Takedown(assessment, url);
        assertEquals(assessment.id(), takedown.assessmentId());
        return takedown;
    }

    @Test
    void aTakedownIsOpenedForTheNormalisedPageByTheAssessmentThatAskedForIt() {
        Takedown takedown = opened(Optional.of("NL"));
        assertEquals("http://files.example/x", takedown.normalisedUrl(), "the page a host can find, not what was typed");
        assertEquals("files.example", takedown.hostAscii());
        assertEquals(Optional.of("NL"), takedown.hostingCountry());
        assertEquals(ASSESSED, takedown.openedAt(), "open from the moment of the assessment");
        assertEquals("alice", takedown.openedBy());
        assertEquals(Optional.empty(), takedown.removedAt());
        assertEquals(Optional.empty(), takedown.removedBy());
    }

    @Test
    void whereTheHostingCountryIsUnknownTheTakedownSaysSo() {
        assertEquals(Optional.empty(), opened(Optional.empty()).hostingCountry());
    }

    @Test
    void confirmingRemovalClosesTheTakedownWithWhoAndWhen() {
        Takedown takedown = opened(Optional.empty());
        takedown.confirmRemovedBy("bob", GONE);
        assertEquals(Optional.of(GONE), takedown.removedAt());
        assertEquals(Optional.of("bob"), takedown.removedBy());
    }

    @Test
    void aClosedTakedownCannotBeClosedAgainAndKeepsItsFirstClosing() {
        Takedown takedown = opened(Optional.empty());
        takedown.confirmRemovedBy("bob", GONE);
        assertThrows(IllegalStateException.class, () -> takedown.confirmRemovedBy("carol", GONE.plusSeconds(60)));
        assertEquals(Optional.of(GONE), takedown.removedAt());
        assertEquals(Optional.of("bob"), takedown.removedBy());
    }

    @Test
    void aClosingWithoutATimeIsRefusedAndTheTakedownStaysOpen() {
        Takedown takedown = opened(Optional.empty());
        assertThrows(NullPointerException.class, () -> takedown.confirmRemovedBy("bob", null));
        assertEquals(Optional.empty(), takedown.removedAt());
    }
}
