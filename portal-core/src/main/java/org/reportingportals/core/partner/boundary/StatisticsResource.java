package org.reportingportals.core.partner.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.partner.entity.Count;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/tenants/{tenant}/statistics}: a tenant's monthly outcome counts for its partner and the
 * platform administrators; suppressed counts, and the median of a month whose assessed count is suppressed, as
 * {@code "suppressed"} ({@link Count#MARKER}). Another tenant is 404, as one that does not exist.
 */
@Path("tenants/{tenant}/statistics")
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
@ApiResource
public class StatisticsResource {

    @Inject
    Tenants access;

    @Inject
    Statistics statistics;

    @Inject
    StatisticsPeriods periods;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Monthly outcome counts of one tenant (partner of that tenant, or platform admin)")
    public List<Map<String, Object>> months(@PathParam("tenant") String code, @QueryParam("from") String from,
                                            @QueryParam("to") String to) {
        Tenant tenant = access.administrable(code).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND));
        StatisticsPeriods.Period period = periods.parse(from, to);
        return statistics.months(tenant, period).stream().map(StatisticsResource::json).toList();
    }

    private static Map<String, Object> json(MonthlyOutcomes m) {
        Map<String, Object> month = new LinkedHashMap<>();
        month.put("month", m.month().toString());
        month.put("reports", m.reports().text());
        month.put("urls", m.urls().text());
        month.put("urlsAssessed", m.urlsAssessed().text());
        Map<String, String> outcomes = new LinkedHashMap<>();
        m.outcomes().forEach((group, count) -> outcomes.put(group.code(), count.text()));
        month.put("outcomes", outcomes);
        Map<String, String> actions = new LinkedHashMap<>();
        m.actions().forEach((action, count) -> actions.put(action.code(), count.text()));
        month.put("actions", actions);
        m.medianHours().ifPresent(h -> month.put("medianHoursToAssessment", h));
        if (m.urlsAssessed().suppressed()) {
            month.put("medianHoursToAssessment", Count.MARKER);
        }
        return month;
    }
}
