package org.reportingportals.core.reports.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Report aggregate's rules: what intake creates, the claim and its lease, release, completion, shredding. */
class ReportTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant LEASE_END = T0.plusSeconds(900);
    private static final NormalisedUrl FIRST = url("http://first.example/");
    private static final NormalisedUrl SECOND = url("http://second.example/");

    private static NormalisedUrl url(String normalised) {
        String host = normalised.substring("http://".length(), normalised.length() - 1);
        return new NormalisedUrl(normalised, normalised, host, host, false, false);
    }

    private static ReportContents contents(List<NormalisedUrl> urls) {
        return ReportContents.bystander(urls, Optional.empty(), Optional.empty(), Set.of(), false, FeedbackPreference.RECEIPT);
    }

    private static Report report(Instant received) {
        return new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"), "ug", "en", received,
                contents(List.of(FIRST)), "receipt-hash", Optional.of("ciphertext"), Optional.empty());
    }

    private static Report received() {
        return report(T0);
    }

    private static Report claimedByAlice() {
        Report report = received();
        report.claimBy("alice", T0, LEASE_END);
        return report;
    }

    // --- what the intake creates

    @Test
    void aNewReportWaitsInTheQueueUnclaimed() {
        Report report = received();
        assertEquals(ReportStatus.RECEIVED, report.status());
        assertEquals(PublicStatus.RECEIVED, report.publicStatus());
        assertTrue(report.isClaimable(T0));
        assertTrue(report.claimedBy().isEmpty());
        assertTrue(report.leaseUntil().isEmpty());
    }

    @Test
    void theReceivedTimeIsKeptOnlyToTheMinute() {
        assertEquals(Instant.parse("2026-11-01T10:17:00Z"), report(Instant.parse("2026-11-01T10:17:43.123Z")).receivedAt());
    }

    @Test
    void aReportWithoutUrlsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"),
                "ug", "en", T0, contents(List.of()), "receipt-hash", Optional.empty(), Optional.empty()));
    }

    @Test
    void aReportNeedsItsTenantLocaleReceiptAndContents() {
        UUID id = UUID.randomUUID();
        Reference reference = new Reference("UG-AAAA-AAAA");
        ReportContents contents = contents(List.of(FIRST));
        assertThrows(NullPointerException.class, () -> new Report(id, reference, null, "en", T0, contents, "h",
                Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Report(id, reference, "ug", null, T0, contents, "h",
                Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Report(id, reference, "ug", "en", T0, contents, null,
                Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Report(id, reference, "ug", "en", T0, null, "h",
                Optional.empty(), Optional.empty()));
    }

    @Test
    void theUrlsKeepTheOrderTheReporterGaveThemAndCannotBeChangedFromOutside() {
        Report report = new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"), "ug", "en", T0,
                contents(List.of(FIRST, SECOND)), "receipt-hash", Optional.empty(), Optional.empty());
        List<ReportedUrl> urls = report.urls();
        assertEquals(List.of(0, 1), urls.stream().map(ReportedUrl::index).toList());
        assertEquals(List.of(FIRST, SECOND), urls.stream().map(ReportedUrl::url).toList());
        assertEquals(List.of(report.id(), report.id()), urls.stream().map(ReportedUrl::reportId).toList());
        assertThrows(UnsupportedOperationException.class, () -> report.urls().clear());
        assertEquals(2, report.urls().size());
    }

    @Test
    void keepsWhatTheReporterToldWithoutInventingAnything() {
        ReportContents told = ReportContents.bystander(List.of(FIRST), Optional.of("seen in a group"),
                Optional.of(WhereFound.CHAT), Set.of(ContentHint.values()), true, FeedbackPreference.EMAIL);
        Report report = new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"), "ug", "sw", T0, told,
                "receipt-hash", Optional.of("ciphertext"), Optional.empty());
        assertEquals(Optional.of("seen in a group"), report.description());
        assertEquals(Optional.of(WhereFound.CHAT), report.whereFound());
        assertEquals(Set.of(ContentHint.values()), report.contentHints());
        assertTrue(report.childInDanger());
        assertEquals(FeedbackPreference.EMAIL, report.feedback());
        assertEquals("sw", report.locale());

        Report bare = received();
        assertEquals(Optional.empty(), bare.description());
        assertEquals(Optional.empty(), bare.whereFound());
        assertEquals(Set.of(), bare.contentHints());
        assertFalse(bare.childInDanger());
    }

    @Test
    void aRetryIsRecognisedByTheFingerprintOfItsIdempotentRequest() {
        Report report = new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"), "ug", "en", T0,
                contents(List.of(FIRST)), "receipt-hash", Optional.empty(), Optional.of(new IdempotencyRecord("key", "fp-1")));
        assertTrue(report.matchesFingerprint("fp-1"));
        assertFalse(report.matchesFingerprint("fp-2"), "the same key with a different request");
        assertFalse(received().matchesFingerprint("fp-1"), "a report sent without a key matches no retry");
    }

    // --- claim and lease

    @Test
    void aClaimLeasesTheReportToTheAnalystUntilTheLeaseEnds() {
        Report report = claimedByAlice();
        assertEquals(ReportStatus.IN_ASSESSMENT, report.status());
        assertEquals(PublicStatus.IN_ASSESSMENT, report.publicStatus());
        assertEquals(Optional.of("alice"), report.claimedBy());
        assertEquals(Optional.of(LEASE_END), report.leaseUntil());
        assertTrue(report.isClaimedBy("alice"));
        assertTrue(report.isLeasedTo("alice", T0));
        assertTrue(report.isLeasedTo("alice", LEASE_END.minusMillis(1)));
    }

    @Test
    void claimByAnotherAnalystIsRefusedWhileLeaseLive() {
        Report report = claimedByAlice();
        assertFalse(report.isClaimable(LEASE_END.minusMillis(1)));
        assertThrows(IllegalStateException.class, () -> report.claimBy("bob", LEASE_END.minusMillis(1), LEASE_END.plusSeconds(900)));
        assertEquals(Optional.of("alice"), report.claimedBy(), "the refused claim changed nothing");
        assertEquals(Optional.of(LEASE_END), report.leaseUntil());
    }

    @Test
    void theHolderCannotClaimAgainWhileTheLeaseIsLiveEither() {
        Report report = claimedByAlice();
        assertThrows(IllegalStateException.class, () -> report.claimBy("alice", T0.plusSeconds(1), LEASE_END.plusSeconds(900)));
        assertEquals(Optional.of(LEASE_END), report.leaseUntil(), "renewing is the way to extend a lease");
    }

    @Test
    void theLeaseEndsAtItsEndInstantAndTheReportIsClaimableAgain() {
        Report report = claimedByAlice();
        assertFalse(report.isLeasedTo("alice", LEASE_END));
        assertTrue(report.isClaimable(LEASE_END));
        assertEquals(PublicStatus.IN_ASSESSMENT, report.publicStatus(), "to the reporter it is still being looked at");
    }

    @Test
    void anotherAnalystTakesOverOnceTheLeaseHasRunOut() {
        Report report = claimedByAlice();
        Instant bobsLease = LEASE_END.plusSeconds(900);
        report.claimBy("bob", LEASE_END, bobsLease);
        assertEquals(Optional.of("bob"), report.claimedBy());
        assertEquals(Optional.of(bobsLease), report.leaseUntil());
        assertTrue(report.isClaimedBy("bob"));
        assertFalse(report.isClaimedBy("alice"));
        assertFalse(report.isLeasedTo("alice", LEASE_END));
    }

    @Test
    void aLeaseMustEndAfterTheClaim() {
        Report report = received();
        assertThrows(IllegalArgumentException.class, () -> report.claimBy("alice", T0, T0));
        assertThrows(IllegalArgumentException.class, () -> report.claimBy("alice", T0, T0.minusSeconds(1)));
        assertEquals(ReportStatus.RECEIVED, report.status(), "the refused claim changed nothing");
        assertTrue(report.isClaimable(T0));
    }

    @Test
    void anAssessedReportCannotBeClaimed() {
        Report report = claimedByAlice();
        report.completeAssessment(false);
        assertFalse(report.isClaimable(LEASE_END.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> report.claimBy("bob", LEASE_END, LEASE_END.plusSeconds(900)));
    }

    // --- renew

    @Test
    void theHolderRenewsALiveLease() {
        Report report = claimedByAlice();
        Instant later = LEASE_END.plusSeconds(900);
        report.renewBy("alice", LEASE_END.minusMillis(1), later);
        assertEquals(Optional.of(later), report.leaseUntil());
        assertTrue(report.isLeasedTo("alice", LEASE_END.plusSeconds(1)));
        assertFalse(report.isClaimable(LEASE_END.plusSeconds(1)), "the renewed lease keeps others out");
    }

    @Test
    void renewByAnotherAnalystIsRefused() {
        Report report = claimedByAlice();
        assertThrows(IllegalStateException.class, () -> report.renewBy("bob", T0.plusSeconds(1), LEASE_END.plusSeconds(900)));
        assertEquals(Optional.of(LEASE_END), report.leaseUntil());
    }

    @Test
    void renewAfterTheLeaseRanOutIsRefusedEvenForTheHolder() {
        Report report = claimedByAlice();
        assertThrows(IllegalStateException.class, () -> report.renewBy("alice", LEASE_END, LEASE_END.plusSeconds(900)));
        assertEquals(Optional.of(LEASE_END), report.leaseUntil());
        assertTrue(report.isClaimable(LEASE_END), "it stays free for anyone to claim");
    }

    @Test
    void renewOfAReportNobodyHoldsIsRefused() {
        assertThrows(IllegalStateException.class, () -> received().renewBy("alice", T0, LEASE_END));
    }

    // --- release

    @Test
    void theHolderReleasesTheReportBackToTheQueue() {
        Report report = claimedByAlice();
        report.releaseBy("alice");
        assertEquals(ReportStatus.RECEIVED, report.status());
        assertEquals(PublicStatus.RECEIVED, report.publicStatus());
        assertTrue(report.claimedBy().isEmpty());
        assertTrue(report.leaseUntil().isEmpty());
        assertTrue(report.isClaimable(T0.plusSeconds(1)), "claimable at once, without waiting for the old lease");
        assertFalse(report.isClaimedBy("alice"));
    }

    @Test
    void releaseByAnotherAnalystIsRefused() {
        Report report = claimedByAlice();
        assertThrows(IllegalStateException.class, () -> report.releaseBy("bob"));
        assertTrue(report.isClaimedBy("alice"), "the refused release changed nothing");
        assertEquals(Optional.of(LEASE_END), report.leaseUntil());
    }

    @Test
    void aHolderWhoseExpiredLeaseWasTakenOverCanNoLongerRelease() {
        Report report = claimedByAlice();
        report.claimBy("bob", LEASE_END, LEASE_END.plusSeconds(900));
        assertThrows(IllegalStateException.class, () -> report.releaseBy("alice"));
        assertTrue(report.isClaimedBy("bob"), "bob keeps the report");
    }

    @Test
    void releaseOfAReportNobodyHoldsOrAnAssessedOneIsRefused() {
        assertThrows(IllegalStateException.class, () -> received().releaseBy("alice"));
        Report assessed = claimedByAlice();
        assessed.completeAssessment(true);
        assertThrows(IllegalStateException.class, () -> assessed.releaseBy("alice"));
        assertEquals(ReportStatus.ASSESSED, assessed.status());
    }

    // --- completion

    @Test
    void completingTheAssessmentTellsTheReporterActionWasTakenAndEndsTheClaim() {
        Report report = claimedByAlice();
        report.completeAssessment(true);
        assertEquals(ReportStatus.ASSESSED, report.status());
        assertEquals(PublicStatus.ACTION_TAKEN, report.publicStatus());
        assertTrue(report.claimedBy().isEmpty());
        assertTrue(report.leaseUntil().isEmpty());
        assertFalse(report.isClaimedBy("alice"));
        assertFalse(report.isLeasedTo("alice", T0));
    }

    @Test
    void completingWithoutActionTellsTheReporterNoActionWasPossible() {
        Report report = claimedByAlice();
        report.completeAssessment(false);
        assertEquals(PublicStatus.NO_ACTION_POSSIBLE, report.publicStatus());
    }

    @Test
    void aLaterDecisionReplacesWhatTheReporterIsTold() {
        // a review that changes an outcome completes the report again with the latest decision
        Report report = claimedByAlice();
        report.completeAssessment(false);
        report.completeAssessment(true);
        assertEquals(PublicStatus.ACTION_TAKEN, report.publicStatus());
        report.completeAssessment(false);
        assertEquals(PublicStatus.NO_ACTION_POSSIBLE, report.publicStatus());
        assertEquals(ReportStatus.ASSESSED, report.status());
    }

    // --- the reporter's address

    @Test
    void shreddingTheContactDeletesTheAddressForGood() {
        Report report = received();
        assertTrue(report.hasContact());
        assertEquals(Optional.of("ciphertext"), report.contactCiphertext());
        report.shredContact();
        assertFalse(report.hasContact());
        assertEquals(Optional.empty(), report.contactCiphertext());
        report.shredContact();
        assertFalse(report.hasContact(), "shredding twice is harmless");
    }

    /** The fingerprint covered the address: once the address is gone, nothing may still confirm a guess of it. */
    @Test
    void shreddingTheContactDeletesTheFingerprintOfItsRequestToo() {
        Report report = new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"), "ug", "en", T0,
                contents(List.of(FIRST)), "receipt-hash", Optional.of("ciphertext"),
                Optional.of(new IdempotencyRecord("key", "fp-1")));
        assertTrue(report.matchesFingerprint("fp-1"));
        report.shredContact();
        assertFalse(report.matchesFingerprint("fp-1"), "a retry after the shredding is a conflict, not a confirmation");
    }

    @Test
    void aReportSentWithoutAnAddressHasNoContact() {
        Report report = new Report(UUID.randomUUID(), new Reference("UG-AAAA-AAAA"), "ug", "en", T0,
                contents(List.of(FIRST)), "receipt-hash", Optional.empty(), Optional.empty());
        assertFalse(report.hasContact());
    }

    @Test
    void shreddingTheContactChangesNothingElse() {
        Report report = claimedByAlice();
        report.shredContact();
        assertTrue(report.isLeasedTo("alice", T0));
        assertEquals("receipt-hash", report.receiptHash(), "the reporter can still check the status");
    }
}
