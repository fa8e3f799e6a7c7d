package org.reportingportals.core.partner.entity;

import org.reportingportals.core.assessment.entity.Action;

import java.util.List;
import java.util.function.Function;

/**
 * A tenant's sums over a period, for the platform team's side-by-side view. A sum is shown only when none of the
 * months it adds up is suppressed in that column: otherwise the sum less the months shown would give the suppressed
 * ones away, and so would two periods that differ by one month.
 */
public record OutcomeTotals(Count reports, Count assessed, Count criminal, Count takedowns) {

    public static OutcomeTotals of(List<MonthlyOutcomes> months) {
        return new OutcomeTotals(sum(months, MonthlyOutcomes::reports), sum(months, MonthlyOutcomes::urlsAssessed),
                sum(months, m -> m.outcome(OutcomeGroup.CRIMINAL)), sum(months, m -> m.action(Action.NOTICE_AND_TAKEDOWN)));
    }

    private static Count sum(List<MonthlyOutcomes> months, Function<MonthlyOutcomes, Count> column) {
        int sum = months.stream().map(column).mapToInt(Count::value).sum();
        return new Count(sum, Count.small(sum) || months.stream().map(column).anyMatch(Count::suppressed));
    }
}
