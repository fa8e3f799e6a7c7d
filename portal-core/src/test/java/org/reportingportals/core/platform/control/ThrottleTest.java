package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void refusesAClientOverItsLimitUntilTheWindowEnds() {
        Hand clock = new Hand();
        Throttle throttle = new Throttle(new SecureRandom(), clock, 3, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.tryAcquire("198.51.100.7"));
        }
        assertFalse(throttle.tryAcquire("198.51.100.7"));
        assertTrue(throttle.tryAcquire("198.51.100.8"), "other clients are not affected");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertTrue(throttle.tryAcquire("198.51.100.7"), "a new window");
    }

    @Test
    void forgetsEverythingWhenItsKeyRotates() {
        Hand clock = new Hand();
        Throttle throttle = new Throttle(new SecureRandom(), clock, 1, Duration.ofHours(2));
        assertTrue(throttle.tryAcquire("198.51.100.7"));
        assertFalse(throttle.tryAcquire("198.51.100.7"));
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertTrue(throttle.tryAcquire("198.51.100.7"), "counters go with the hourly key");
    }
}
