package org.reportingportals.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Waits for something the platform does on its own time (a lease running out, the outbox pump's next tick) by
 * asking until it holds, and fails naming what was awaited once the deadline passes. The deadline is generous
 * because the machine may be busy: it bounds a broken test, it never states how fast the platform must be.
 */
public final class Eventually {

    private static final Duration PAUSE = Duration.ofMillis(200);

    private Eventually() {
    }

    /** Returns as soon as {@code condition} is true; fails with {@code description} if it is still false at the deadline. */
    public static void until(Duration deadline, Supplier<Boolean> condition, String description) {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            // asked once more after the deadline, so a slow last answer still counts
            boolean lastChance = !Instant.now().isBefore(end);
            if (Boolean.TRUE.equals(condition.get())) {
                return;
            }
            if (lastChance) {
                fail("still not true after " + deadline.toSeconds() + " s: " + description);
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + description);
            }
        }
    }
}
