package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.partner.control.OutcomeStatistics;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.partner.entity.OutcomeTotals;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome statistics a partner or the platform team reads, from the API, the pages or a CSV download alike.
 * Each read is a transaction of its own because {@link OutcomeStatistics} declares the tenant to PostgreSQL for
 * the length of one; the caller has already decided that the tenant is the reader's to see.
 */
@ApplicationScoped
public class Statistics {

    @Inject
    OutcomeStatistics statistics;

    /** One tenant's months of the period, oldest first, empty months included. */
    @Transactional
    public List<MonthlyOutcomes> months(Tenant tenant, StatisticsPeriods.Period period) {
        return statistics.forTenant(tenant.code(), period.from(), period.to());
    }

    /** The totals of the period for each of these tenants (the platform team's view of every tenant). */
    @Transactional
    public Map<String, OutcomeTotals> totals(List<Tenant> tenants, StatisticsPeriods.Period period) {
        Map<String, List<MonthlyOutcomes>> all = statistics.forAllTenants(period.from(), period.to());
        Map<String, OutcomeTotals> totals = new LinkedHashMap<>();
        tenants.forEach(t -> totals.put(t.code(), OutcomeTotals.of(all.getOrDefault(t.code(), List.of()))));
        return totals;
    }
}
