package org.reportingportals.core.partner.entity;

import org.reportingportals.core.assessment.entity.Action;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's month as partners may see it, by the month reports were received: reports, their URLs, how many are
 * assessed, the outcome groups and actions of the assessed ones, and the median time from receipt to assessment.
 * Made from the real counts, it decides which of them are suppressed ({@link MonthSuppression}: the small ones and
 * their complements), whatever the counts it is given say, so no reader of a month sees another set of cells.
 *
 * @param medianTimeToAssessment empty when nothing was assessed, fewer than 5 URLs were, or assessed is suppressed
 */
public record MonthlyOutcomes(String tenant, YearMonth month, Count reports, Count urls, Count urlsAssessed,
                              Map<OutcomeGroup, Count> outcomes, Map<Action, Count> actions,
                              Optional<Duration> medianTimeToAssessment) {

    private static final List<Action> SHOWN_ACTIONS = Arrays.stream(Action.values()).filter(a -> a != Action.NONE)
            .toList();

    public MonthlyOutcomes {
        int[] values = new int[MonthSuppression.ACTIONS + SHOWN_ACTIONS.size()];
        values[MonthSuppression.REPORTS] = reports.value();
        values[MonthSuppression.URLS] = urls.value();
        values[MonthSuppression.ASSESSED] = urlsAssessed.value();
        OutcomeGroup[] groups = OutcomeGroup.values();
        for (int g = 0; g < groups.length; g++) {
            values[MonthSuppression.GROUPS + g] = outcomes.getOrDefault(groups[g], new Count(0)).value();
        }
        for (int a = 0; a < SHOWN_ACTIONS.size(); a++) {
            values[MonthSuppression.ACTIONS + a] = actions.getOrDefault(SHOWN_ACTIONS.get(a), new Count(0)).value();
        }
        boolean[] suppressed = MonthSuppression.of(values);
        reports = new Count(reports.value(), suppressed[MonthSuppression.REPORTS]);
        urls = new Count(urls.value(), suppressed[MonthSuppression.URLS]);
        urlsAssessed = new Count(urlsAssessed.value(), suppressed[MonthSuppression.ASSESSED]);
        Map<OutcomeGroup, Count> shownGroups = new EnumMap<>(OutcomeGroup.class);
        for (int g = 0; g < groups.length; g++) {
            int i = MonthSuppression.GROUPS + g;
            shownGroups.put(groups[g], new Count(values[i], suppressed[i]));
        }
        Map<Action, Count> shownActions = new EnumMap<>(Action.class);
        for (int a = 0; a < SHOWN_ACTIONS.size(); a++) {
            int i = MonthSuppression.ACTIONS + a;
            shownActions.put(SHOWN_ACTIONS.get(a), new Count(values[i], suppressed[i]));
        }
        outcomes = Collections.unmodifiableMap(shownGroups);
        actions = Collections.unmodifiableMap(shownActions);
        // a median says there were at least 5 to take it from
        medianTimeToAssessment = urlsAssessed.suppressed() ? Optional.empty() : medianTimeToAssessment;
    }

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
