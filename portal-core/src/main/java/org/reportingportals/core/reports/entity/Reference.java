package org.reportingportals.core.reports.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public reference of a report, e.g. {@code UG-7KQ2-9XHD}: the tenant prefix and eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U), so it can be read out over a phone line.
 */
public record Reference(String value) {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{2,32}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    public Reference {
        Objects.requireNonNull(value);
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a reference: " + value);
        }
    }

    /**
     * Reads what a person typed: case, spaces and missing or extra hyphens do not matter.
     */
    public static Optional<Reference> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (compact.length() < 10) {
            return Optional.empty();
        }
        String body = compact.substring(compact.length() - 8);
        String prefix = compact.substring(0, compact.length() - 8);
        String candidate = prefix + "-" + body.substring(0, 4) + "-" + body.substring(4);
        return FORM.matcher(candidate).matches() ? Optional.of(new Reference(candidate)) : Optional.empty();
    }

    public String prefix() {
        return value.substring(0, value.indexOf('-'));
    }

    @Override
    public String toString() {
        return value;
    }
}
