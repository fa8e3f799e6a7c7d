package org.reportingportals.core.partner.control;

import org.reportingportals.core.platform.control.DatabaseMigration;
import org.reportingportals.core.platform.entity.DatabaseSettings;
import org.reportingportals.core.platform.entity.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.reportingportals.core.assessment.entity.Action;
import org.reportingportals.core.assessment.entity.Outcome;
import org.reportingportals.core.partner.entity.Count;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.partner.entity.OutcomeGroup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Monthly outcome counts per tenant, read from {@code tenant_url_outcomes}. Must run in a transaction: on
 * PostgreSQL the transaction first takes the statistics role and declares the tenant ({@code set_config(..., true)}
 * lasts until the transaction ends), and row-level security returns that tenant's rows only (migration V15; the
 * application's role cannot lift it). H2 has no row-level security: there the query's own tenant filter is the only one.
 */
@ApplicationScoped
public class OutcomeStatistics {

    /** The scope of a platform administrator: every tenant. */
    public static final String ALL_TENANTS = "*";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DatabaseSettings database;

    /** One tenant's months from {@code from} to {@code to}, both included, oldest first; empty months included. */
    public List<MonthlyOutcomes> forTenant(String tenant, YearMonth from, YearMonth to) {
        return fill(tenant, read(tenant, from, to).getOrDefault(tenant, Map.of()), from, to);
    }

    /** Every tenant's months, by tenant code; only tenants with reports in the period appear. */
    public Map<String, List<MonthlyOutcomes>> forAllTenants(YearMonth from, YearMonth to) {
        Map<String, List<MonthlyOutcomes>> all = new TreeMap<>();
        read(ALL_TENANTS, from, to).forEach((tenant, byMonth) -> all.put(tenant, fill(tenant, byMonth, from, to)));
        return all;
    }

    private Map<String, Map<YearMonth, MonthlyOutcomes>> read(String scope, YearMonth from, YearMonth to) {
        declare(scope);
        String sql = "SELECT tenant_code, report_id, received_at, assessed_at, outcome, actions FROM tenant_url_outcomes"
                + " WHERE received_at >= ?1 AND received_at < ?2" + (ALL_TENANTS.equals(scope) ? "" : " AND tenant_code = ?3");
        Query query = em.createNativeQuery(sql)
                .setParameter(1, Timestamp.valueOf(from.atDay(1).atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(to.plusMonths(1).atDay(1).atStartOfDay()));
        if (!ALL_TENANTS.equals(scope)) {
            query.setParameter(3, scope);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Map<YearMonth, Tally>> tallies = new HashMap<>();
        for (Object[] row : rows) {
            LocalDateTime received = time(row[2]);
            Tally tally = tallies.computeIfAbsent((String) row[0], t -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(received), m -> new Tally());
            tally.add((String) row[1], received, Optional.ofNullable(row[3]).map(OutcomeStatistics::time),
                    Optional.ofNullable((String) row[4]), Optional.ofNullable((String) row[5]));
        }
        Map<String, Map<YearMonth, MonthlyOutcomes>> result = new HashMap<>();
        tallies.forEach((tenant, byMonth) -> byMonth.forEach((month, tally) ->
                result.computeIfAbsent(tenant, t -> new HashMap<>()).put(month, tally.outcomes(tenant, month))));
        return result;
    }

    /**
     * Reads the rest of this transaction as the statistics role of the pool's role, with {@code scope} declared as
     * the tenant that row-level security lets it see (H2 has no row-level security). {@code session_user}, not
     * {@code current_user}: the latter is the statistics role already when a transaction reads twice.
     */
    private void declare(String scope) {
        if (database.isPostgres()) {
            em.createNativeQuery("SELECT set_config('role', session_user || '" + DatabaseMigration.STATISTICS_ROLE_SUFFIX
                            + "', true), set_config('portal.statistics_tenant', ?1, true)").setParameter(1, scope)
                    .getSingleResult();
        }
    }

    private static List<MonthlyOutcomes> fill(String tenant, Map<YearMonth, MonthlyOutcomes> byMonth, YearMonth from,
                                              YearMonth to) {
        return months(from, to).stream().map(m -> byMonth.getOrDefault(m, empty(tenant, m))).toList();
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static MonthlyOutcomes empty(String tenant, YearMonth month) {
        return new Tally().outcomes(tenant, month);
    }

    private static LocalDateTime time(Object value) {
        return LocalDateTime.ofInstant(UtcInstantConverter.column(value), ZoneOffset.UTC);
    }

    /** Counting one tenant's month; plain logic, tested without a database. */
    static final class Tally {
        private final Set<String> reports = new HashSet<>();
        private int urls;
        private int assessed;
        private final Map<OutcomeGroup, Integer> outcomes = new EnumMap<>(OutcomeGroup.class);
        private final Map<Action, Integer> actions = new EnumMap<>(Action.class);
        private final List<Duration> times = new ArrayList<>();

        void add(String report, LocalDateTime received, Optional<LocalDateTime> assessedAt, Optional<String> outcome,
                 Optional<String> actionNames) {
            reports.add(report);
            urls++;
            if (assessedAt.isEmpty() || outcome.isEmpty()) {
                return;
            }
            assessed++;
            outcomes.merge(OutcomeGroup.of(Outcome.valueOf(outcome.get())), 1, Integer::sum);
            actionNames.ifPresent(names -> Arrays.stream(names.split(",")).filter(n -> !n.isBlank())
                    .map(Action::valueOf).filter(a -> a != Action.NONE).forEach(a -> actions.merge(a, 1, Integer::sum)));
            times.add(Duration.between(received, assessedAt.get()));
        }

        MonthlyOutcomes outcomes(String tenant, YearMonth month) {
            Map<OutcomeGroup, Count> groups = new EnumMap<>(OutcomeGroup.class);
            for (OutcomeGroup g : OutcomeGroup.values()) {
                groups.put(g, new Count(outcomes.getOrDefault(g, 0)));
            }
            Map<Action, Count> acts = new EnumMap<>(Action.class);
            for (Action a : Action.values()) {
                if (a != Action.NONE) {
                    acts.put(a, new Count(actions.getOrDefault(a, 0)));
                }
            }
            return new MonthlyOutcomes(tenant, month, new Count(reports.size()), new Count(urls), new Count(assessed),
                    groups, acts, assessed >= Count.THRESHOLD ? Optional.of(median(times)) : Optional.empty());
        }

        static Duration median(List<Duration> values) {
            List<Duration> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        }
    }
}
