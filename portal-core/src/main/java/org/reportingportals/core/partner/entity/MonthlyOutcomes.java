package org.reportingportals.core.partner.entity;

import org.reportingportals.core.assessment.entity.Action;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's month, by the month reports were received: reports, their URLs, how many are assessed, the
 * outcome groups and actions of the assessed ones, and the median time from receipt to assessment.
 *
 * @param medianTimeToAssessment empty when nothing was assessed or fewer than 5 URLs were
 */
public record MonthlyOutcomes(String tenant, YearMonth month, Count reports, Count urls, Count urlsAssessed,
                              Map<OutcomeGroup, Count> outcomes, Map<Action, Count> actions,
                              Optional<Duration> medianTimeToAssessment) {

    public Count outcome(OutcomeGroup group) {
        return outcomes.getOrDefault(group, new Count(0));
    }

    public Count action(Action action) {
        return actions.getOrDefault(action, new Count(0));
    }

    /** For templates: the count of an outcome group by its code, e.g. {@code criminal}. */
    public Count outcomeOf(String code) {
        return outcomes.entrySet().stream().filter(e -> e.getKey().code().equals(code)).map(Map.Entry::getValue)
                .findFirst().orElse(new Count(0));
    }

    /** For templates: the count of an action by its code, e.g. {@code notice-and-takedown}. */
    public Count actionOf(String code) {
        return actions.entrySet().stream().filter(e -> e.getKey().code().equals(code)).map(Map.Entry::getValue)
                .findFirst().orElse(new Count(0));
    }

    /** The median in whole hours, for screens and CSV. */
    public Optional<Long> medianHours() {
        return medianTimeToAssessment.map(d -> Math.round(d.toMinutes() / 60.0));
    }
}
