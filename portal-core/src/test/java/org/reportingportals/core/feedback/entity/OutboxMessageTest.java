package org.reportingportals.core.feedback.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportingportals.core.reports.entity.PublicStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One feedback email's delivery: due at once, each attempt a claim with a lease, sent once, retried with doubling
 * waits capped at six hours, given up.
 */
class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Duration BASE = Duration.ofMinutes(1);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int MAX = 10;
    private static final UUID REPORT = UUID.randomUUID();

    private static OutboxMessage queued() {
        return new OutboxMessage(REPORT, PublicStatus.ACTION_TAKEN, T0);
    }

    /** One attempt at {@code now}: claimed, then failed, as the outbox does it. */
    private static boolean attemptFails(OutboxMessage message, Instant now, String kind, Duration base, int max) {
        message.claim(now, now.plus(LEASE));
        return message.failed(now, kind, base, max);
    }

    @Test
    void aQueuedMessageIsDueAtOnceAndNotYetTried() {
        OutboxMessage message = queued();
        assertEquals(REPORT, message.reportId());
        assertEquals(PublicStatus.ACTION_TAKEN, message.publicStatus());
        assertEquals(T0, message.nextAttemptAt());
        assertEquals(0, message.attempts());
        assertEquals(Optional.empty(), message.sentAt());
        assertEquals(Optional.empty(), message.givenUpAt());
        assertEquals(Optional.empty(), message.lastFailure());
        assertEquals(Optional.empty(), message.claimedAt());
    }

    @Test
    void aMessageNeedsTheStatusItTells() {
        assertThrows(NullPointerException.class, () -> new OutboxMessage(REPORT, null, T0));
    }

    @Test
    void aClaimCountsTheAttemptAndMakesTheMessageDueAgainOnlyWhenItsLeaseLapses() {
        OutboxMessage message = queued();
        String token = message.claim(T0, T0.plus(LEASE));
        assertEquals(1, message.attempts(), "a sender that dies mid-send has used an attempt");
        assertEquals(T0.plus(LEASE), message.nextAttemptAt(), "not due to anyone else while the lease runs");
        assertEquals(Optional.of(T0), message.claimedAt());
        assertTrue(message.isClaimedWith(token));
        assertFalse(message.isClaimedWith("another"));
    }

    @Test
    void aLapsedLeaseClaimedAgainBelongsToTheNewClaimOnly() {
        OutboxMessage message = queued();
        String dead = message.claim(T0, T0.plus(LEASE));
        String fresh = message.claim(T0.plus(LEASE), T0.plus(LEASE).plus(LEASE));
        assertNotEquals(dead, fresh);
        assertFalse(message.isClaimedWith(dead), "the dead sender's result would no longer count");
        assertTrue(message.isClaimedWith(fresh));
        assertEquals(2, message.attempts());
    }

    @Test
    void sendingRecordsWhenAndEndsTheClaim() {
        OutboxMessage message = queued();
        String token = message.claim(T0, T0.plus(LEASE));
        message.sent(T0.plusSeconds(5));
        assertEquals(Optional.of(T0.plusSeconds(5)), message.sentAt());
        assertEquals(1, message.attempts());
        assertEquals(Optional.empty(), message.givenUpAt());
        assertFalse(message.isClaimedWith(token));
        assertEquals(Optional.empty(), message.claimedAt());
    }

    @Test
    void aSettledMessageCannotBeClaimed() {
        OutboxMessage sent = queued();
        sent.claim(T0, T0.plus(LEASE));
        sent.sent(T0);
        assertThrows(IllegalStateException.class, () -> sent.claim(T0, T0.plus(LEASE)));
        OutboxMessage givenUp = queued();
        attemptFails(givenUp, T0, "no address on file", Duration.ZERO, 1);
        assertThrows(IllegalStateException.class, () -> givenUp.claim(T0, T0.plus(LEASE)));
    }

    @Test
    void aSendAfterFailedAttemptsCountsThemAll() {
        OutboxMessage message = queued();
        attemptFails(message, T0, "MailConnectException", BASE, MAX);
        attemptFails(message, T0.plusSeconds(60), "MailConnectException", BASE, MAX);
        message.claim(T0.plusSeconds(180), T0.plusSeconds(180).plus(LEASE));
        message.sent(T0.plusSeconds(180));
        assertEquals(3, message.attempts());
        assertEquals(Optional.of(T0.plusSeconds(180)), message.sentAt());
    }

    @ParameterizedTest(name = "failure {0} waits {1}")
    @CsvSource({"1, PT1M", "2, PT2M", "3, PT4M", "4, PT8M", "5, PT16M", "6, PT32M", "7, PT1H4M", "8, PT2H8M",
            "9, PT4H16M"})
    void eachFailureDoublesTheWaitBeforeTheNextAttempt(int failures, Duration wait) {
        OutboxMessage message = queued();
        Instant now = T0;
        for (int i = 0; i < failures; i++) {
            now = message.nextAttemptAt();
            assertFalse(attemptFails(message, now, "MailConnectException", BASE, MAX), "not yet the last attempt");
        }
        assertEquals(failures, message.attempts());
        assertEquals(now.plus(wait), message.nextAttemptAt());
        assertEquals(Optional.empty(), message.givenUpAt());
        assertEquals(Optional.empty(), message.claimedAt(), "a recorded failure ends the claim");
    }

    @Test
    void theWaitIsCappedAtSixHours() {
        OutboxMessage message = queued();
        int maxAttempts = 100;
        for (int i = 0; i < 10; i++) {
            attemptFails(message, T0, "MailConnectException", BASE, maxAttempts);
        }
        assertEquals(T0.plus(Duration.ofHours(6)), message.nextAttemptAt(), "2^9 minutes would be 8.5 hours");
        for (int i = 0; i < 60; i++) {
            attemptFails(message, T0, "MailConnectException", BASE, maxAttempts);
        }
        assertEquals(T0.plus(Duration.ofHours(6)), message.nextAttemptAt(), "still six hours long after 2^63 overflows");
    }

    @Test
    void theLastAllowedFailureGivesUpAndSchedulesNothingMore() {
        OutboxMessage message = queued();
        Instant last;
        for (int i = 1; i < MAX; i++) {
            last = message.nextAttemptAt();
            assertFalse(attemptFails(message, last, "MailConnectException", BASE, MAX));
        }
        Instant scheduled = message.nextAttemptAt();
        assertTrue(attemptFails(message, scheduled, "SMTPSendFailedException", BASE, MAX), "the tenth failure is the last");
        assertEquals(MAX, message.attempts());
        assertEquals(Optional.of(scheduled), message.givenUpAt());
        assertEquals(Optional.of("SMTPSendFailedException"), message.lastFailure());
        assertEquals(Optional.empty(), message.sentAt());
    }

    @Test
    void withOneAttemptAllowedTheFirstFailureGivesUp() {
        // how the outbox drops a message whose address is already gone
        OutboxMessage message = queued();
        assertTrue(attemptFails(message, T0, "no address on file", Duration.ZERO, 1));
        assertEquals(Optional.of(T0), message.givenUpAt());
        assertEquals(1, message.attempts());
    }

    @Test
    void eachFailureKeepsOnlyTheLatestKindCutToItsColumn() {
        OutboxMessage message = queued();
        attemptFails(message, T0, "MailConnectException", BASE, MAX);
        assertEquals(Optional.of("MailConnectException"), message.lastFailure());
        attemptFails(message, T0, "x".repeat(150), BASE, MAX);
        assertEquals(Optional.of("x".repeat(100)), message.lastFailure());
        attemptFails(message, T0, "y".repeat(100), BASE, MAX);
        assertEquals(Optional.of("y".repeat(100)), message.lastFailure(), "exactly 100 is kept whole");
    }
}
