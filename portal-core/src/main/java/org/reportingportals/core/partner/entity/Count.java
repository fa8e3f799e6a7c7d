package org.reportingportals.core.partner.entity;

/**
 * A count as partners may see it: its number, or the one marker {@value #MARKER} when it is suppressed. A count
 * from 1 to 4 is always suppressed, so that no small number can point at a single report or reporter; a larger one
 * is suppressed too where the numbers shown beside it would otherwise give a small one away (see
 * {@link MonthlyOutcomes}). The marker is the same for both, so a reader cannot tell which is which; 0 is never
 * suppressed.
 *
 * @param suppressed whether the number must not be shown
 */
public record Count(int value, boolean suppressed) {

    public static final int THRESHOLD = 5;

    /** What CSV, JSON and the chart show instead of a suppressed number. */
    public static final String MARKER = "suppressed";

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        if (suppressed && value == 0) {
            throw new IllegalArgumentException("0 is always shown");
        }
    }

    /** A count on its own: suppressed when small. */
    public Count(int value) {
        this(value, small(value));
    }

    /** From 1 to 4: a number that must never be shown. */
    public static boolean small(int value) {
        return value > 0 && value < THRESHOLD;
    }

    /** The value to draw or export, or empty when it must not be shown. */
    public java.util.OptionalInt shown() {
        return suppressed ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
    }

    /** For CSV and JSON: the number, or {@value #MARKER}. */
    public String text() {
        return suppressed ? MARKER : Integer.toString(value);
    }
}
