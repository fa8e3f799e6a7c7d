package org.reportingportals.core.platform.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ticks are numbered by the clock every instance shares, so every instance agrees which one is current. */
class JobTicksTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @Test
    void instantsInOnePeriodShareTheirTick() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        long tick = JobTicks.tickAt(start, TWO_SECONDS);
        assertEquals(tick, JobTicks.tickAt(start.plusMillis(1_999), TWO_SECONDS));
        assertEquals(tick + 1, JobTicks.tickAt(start.plusMillis(2_000), TWO_SECONDS));
        assertEquals(tick - 1, JobTicks.tickAt(start.minusMillis(1), TWO_SECONDS));
    }

    @Test
    void ticksOfTheSamePeriodLineUpAcrossInstancesWhateverTheirOwnStart() {
        // two instances asking at different moments of the same period claim the same tick
        Instant a = Instant.parse("2026-12-01T10:00:00.100Z");
        Instant b = Instant.parse("2026-12-01T10:00:01.900Z");
        assertEquals(JobTicks.tickAt(a, TWO_SECONDS), JobTicks.tickAt(b, TWO_SECONDS));
        assertNotEquals(JobTicks.tickAt(a, TWO_SECONDS), JobTicks.tickAt(b.plusMillis(200), TWO_SECONDS));
    }

    @Test
    void ticksGrowFromAnyStoredStart() {
        assertTrue(JobTicks.tickAt(Instant.parse("2026-12-01T10:00:00Z"), Duration.ofSeconds(10)) > 0,
                "a fresh row (tick 0) is claimable at once");
    }

    @Test
    void anInstanceAsksTwiceAPeriodSoThatNoTickPassesUnasked() {
        assertEquals(Duration.ofSeconds(1), JobTicks.askEvery(TWO_SECONDS));
        assertEquals(Duration.ofMillis(500), JobTicks.askEvery(Duration.ofSeconds(1)));
    }
}
