package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.entity.FieldError;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The months a statistics request covers: {@code from}/{@code to} as {@code 2026-01}, at most 36, default the last 12. */
@ApplicationScoped
public class StatisticsPeriods {

    static final int MAX_MONTHS = 36;

    @Inject
    Clock clock;

    public record Period(YearMonth from, YearMonth to) {
    }

    public Period parse(String from, String to) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth end = month(to, "to").orElse(now);
        YearMonth start = month(from, "from").orElse(end.minusMonths(11));
        if (start.isAfter(end) || start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
            throw ProblemException.validation(new FieldError("from", "period.invalid", "partner.error.period",
                    java.util.Map.of("max", MAX_MONTHS)));
        }
        return new Period(start, end);
    }

    private static Optional<YearMonth> month(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(new FieldError(field, "month.invalid", "partner.error.month"));
        }
    }
}
