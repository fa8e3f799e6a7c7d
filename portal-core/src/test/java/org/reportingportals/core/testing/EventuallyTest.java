package org.reportingportals.core.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventuallyTest {

    @Test
    void returnsAsSoonAsTheConditionHolds() {
        AtomicInteger asked = new AtomicInteger();
        Eventually.until(Duration.ofMinutes(1), () -> asked.incrementAndGet() == 3, "the third answer");
        assertEquals(3, asked.get(), "asked until it held, and not once more");
    }

    @Test
    void failsNamingWhatWasAwaitedOnceTheDeadlineHasPassed() {
        AtomicInteger asked = new AtomicInteger();
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Eventually.until(Duration.ZERO, () -> asked.incrementAndGet() < 0, "the lease to run out"));
        assertTrue(failure.getMessage().endsWith(": the lease to run out"), failure.getMessage());
        assertEquals(1, asked.get(), "a deadline already past still gets one answer");
    }

    @Test
    void anAnswerGivenAtTheDeadlineCounts() {
        Eventually.until(Duration.ZERO, () -> true, "true at once");
    }
}
