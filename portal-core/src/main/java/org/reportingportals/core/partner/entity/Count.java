package org.reportingportals.core.partner.entity;

/**
 * A count as partners may see it: exact from 5 on and at 0, "fewer than 5" from 1 to 4, so that no small
 * number can point at a single report or reporter.
 */
public record Count(int value) {

    public static final int THRESHOLD = 5;

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
    }

    public boolean suppressed() {
        return value > 0 && value < THRESHOLD;
    }

    /** The value to draw or export, or empty when it must not be shown. */
    public java.util.OptionalInt shown() {
        return suppressed() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
    }

    /** For CSV and JSON: the number, or {@code <5}. */
    public String text() {
        return suppressed() ? "<" + THRESHOLD : Integer.toString(value);
    }
}
