package org.reportingportals.core.assessment.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an analyst records for one URL, validated.
 *
 * @param hostingCountry ISO 3166-1 alpha-2 of where the content is hosted, if known
 */
public record Finding(Outcome outcome, Optional<String> hostingCountry, Optional<AgeBand> ageBand,
                      Optional<Boolean> selfGenerated, Set<Action> actions, Optional<String> notes) {
    public Finding {
        Objects.requireNonNull(outcome);
        actions = Set.copyOf(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("an assessment records at least one action, possibly none");
        }
        if (actions.contains(Action.NONE) && actions.size() > 1) {
            throw new IllegalArgumentException("'none' excludes every other action");
        }
    }

    /** True when the hotline acts on this URL (a takedown notice or a referral). */
    public boolean actsOnIt() {
        return !actions.contains(Action.NONE);
    }
}
