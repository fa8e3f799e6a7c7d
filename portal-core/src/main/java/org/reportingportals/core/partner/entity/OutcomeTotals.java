package org.reportingportals.core.partner.entity;

import org.reportingportals.core.assessment.entity.Action;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A tenant's sums over a period, for the platform team's side-by-side view. The sums are taken over the real
 * monthly values and then shown as {@link Count}s again, so a total of small months is itself suppressed when small.
 */
public record OutcomeTotals(Count reports, Count assessed, Count criminal, Count takedowns) {

    public static OutcomeTotals of(List<MonthlyOutcomes> months) {
        return new OutcomeTotals(sum(months, m -> m.reports().value()), sum(months, m -> m.urlsAssessed().value()),
                sum(months, m -> m.outcome(OutcomeGroup.CRIMINAL).value()),
                sum(months, m -> m.action(Action.NOTICE_AND_TAKEDOWN).value()));
    }

    private static Count sum(List<MonthlyOutcomes> months, ToIntFunction<MonthlyOutcomes> value) {
        return new Count(months.stream().mapToInt(value).sum());
    }
}
