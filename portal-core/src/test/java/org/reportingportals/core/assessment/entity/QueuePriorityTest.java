package org.reportingportals.core.assessment.entity;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.NormalisedUrl;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportContents;
import org.reportingportals.core.reports.entity.ReportStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueuePriorityTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    static Report report(String reference, boolean danger, Instant received) {
        ReportContents contents = new ReportContents(
                List.of(new NormalisedUrl("example.com", "http://example.com/", "example.com", "example.com", false, false)),
                Optional.empty(), Optional.empty(), Set.of(), danger, FeedbackPreference.RECEIPT);
        return new Report(UUID.randomUUID(), new Reference(reference), "ug", "en", received, contents, "hash",
                Optional.empty(), Optional.empty());
    }

    @Test
    void childInDangerFirstThenOldestFirst() {
        Report oldStandard = report("UG-AAAA-AAAA", false, T0);
        Report newStandard = report("UG-BBBB-BBBB", false, T0.plus(Duration.ofHours(2)));
        Report newDanger = report("UG-CCCC-CCCC", true, T0.plus(Duration.ofHours(3)));
        Report oldDanger = report("UG-DDDD-DDDD", true, T0.plus(Duration.ofHours(1)));
        List<Report> queue = new ArrayList<>(List.of(newStandard, oldStandard, newDanger, oldDanger));
        queue.sort(QueuePriority.ORDER);
        assertEquals(List.of(oldDanger, newDanger, oldStandard, newStandard), queue);
    }

    @Test
    void receivedTimeIsCoarsenedToTheMinute() {
        Report r = report("UG-AAAA-AAAA", false, Instant.parse("2026-11-01T10:17:43.123Z"));
        assertEquals(Instant.parse("2026-11-01T10:17:00Z"), r.receivedAt());
    }

    @Test
    void aLeaseHoldsUntilItExpires() {
        Report r = report("UG-AAAA-AAAA", false, T0);
        assertTrue(r.isClaimable(T0));
        r.claimBy("alice", T0, T0.plusSeconds(900));
        assertEquals(ReportStatus.IN_ASSESSMENT, r.status());
        assertFalse(r.isClaimable(T0.plusSeconds(899)));
        assertThrows(IllegalStateException.class, () -> r.claimBy("bob", T0.plusSeconds(10), T0.plusSeconds(910)));
        assertTrue(r.isClaimable(T0.plusSeconds(900)));
        r.claimBy("bob", T0.plusSeconds(901), T0.plusSeconds(1800));
        assertTrue(r.isClaimedBy("bob"));
        assertFalse(r.isClaimedBy("alice"));
    }

    @Test
    void onlyTheHolderReleases() {
        Report r = report("UG-AAAA-AAAA", false, T0);
        r.claimBy("alice", T0, T0.plusSeconds(900));
        assertThrows(IllegalStateException.class, () -> r.releaseBy("bob"));
        r.releaseBy("alice");
        assertEquals(ReportStatus.RECEIVED, r.status());
        assertTrue(r.claimedBy().isEmpty());
    }

    @Test
    void bandsNameThePriority() {
        assertEquals("child-in-danger", QueuePriority.band(true));
        assertEquals("standard", QueuePriority.band(false));
    }
}
