package org.reportingportals.core.partner.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.krazo.engine.Viewable;
import org.reportingportals.core.partner.control.OutcomeStatistics;
import org.reportingportals.core.partner.control.StatisticsCsv;
import org.reportingportals.core.partner.entity.BarChart;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.StaffSessions;
import org.reportingportals.core.portal.boundary.OnDemandCsrfTokens;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin}: partner administration. A partner lands on its own tenant; a platform administrator sees
 * every tenant side by side. Tenant pages show the monthly outcome statistics as a table and a chart, with a
 * CSV download. Another tenant's page is the same 404 as a tenant that does not exist. The pages are Jakarta
 * MVC controller methods; the CSV method is plain JAX-RS, so its text is not taken for a view name.
 */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    PartnerAccess access;

    @Inject
    OutcomeStatistics statistics;

    @Inject
    StatisticsPeriods periods;

    @Inject
    StaffSessions sessions;

    @GET
    @Controller
    @Transactional
    public Response start(@QueryParam("from") String from, @QueryParam("to") String to) {
        if (!access.isPlatformAdmin()) {
            List<Tenant> own = access.tenants();
            return own.isEmpty() ? notFound() : seeOther("/admin/" + own.get(0).code());
        }
        page();
        Optional<StatisticsPeriods.Period> period = period(from, to);
        if (period.isEmpty()) {
            return view(422, "admin-platform.html");
        }
        Map<String, List<MonthlyOutcomes>> all = statistics.forAllTenants(period.get().from(), period.get().to());
        models.put("tenants", access.tenants().stream().map(t -> new TenantTotals(t.code(), t.name(ULocale.ENGLISH),
                t.status().name().toLowerCase(java.util.Locale.ROOT), Totals.of(all.getOrDefault(t.code(), List.of())))).toList());
        return view(200, "admin-platform.html");
    }

    @GET
    @Path("{tenant}")
    @Controller
    @Transactional
    public Response tenant(@PathParam("tenant") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        Optional<Tenant> tenant = access.tenant(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        page();
        models.put("tenant", tenant.get());
        models.put("tenantName", tenant.get().name(ULocale.ENGLISH));
        Optional<StatisticsPeriods.Period> period = period(from, to);
        if (period.isEmpty()) {
            models.put("months", List.of());
            return view(422, "admin-tenant.html");
        }
        List<MonthlyOutcomes> months = statistics.forTenant(tenant.get().code(), period.get().from(), period.get().to());
        models.put("months", months);
        // no totals row: a total beside the months would give away the months shown as "fewer than 5"
        models.put("chart", BarChart.of(months));
        return view(200, "admin-tenant.html");
    }

    @GET
    @Path("{tenant}/statistics.csv")
    @Produces("text/csv")
    @Transactional
    public Response csv(@PathParam("tenant") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        Optional<Tenant> tenant = access.tenant(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        StatisticsPeriods.Period period = periods.parse(from, to);
        String csv = StatisticsCsv.of(statistics.forTenant(tenant.get().code(), period.from(), period.to()));
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"statistics-" + tenant.get().code() + "-"
                        + period.from() + "-" + period.to() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("logout")
    @Controller
    @CsrfProtected
    public Response logout() {
        return Response.seeOther(sessions.signOut(request)).header("Cache-Control", "no-store").build();
    }

    private Optional<StatisticsPeriods.Period> period(String from, String to) {
        models.put("from", from == null ? "" : from);
        models.put("to", to == null ? "" : to);
        try {
            StatisticsPeriods.Period period = periods.parse(from, to);
            models.put("period", period);
            return Optional.of(period);
        } catch (ProblemException invalid) {
            models.put("periodError", true);
            return Optional.empty();
        }
    }

    private void page() {
        OnDemandCsrfTokens.require(request);
        models.put("who", access.displayName());
        models.put("platformAdmin", access.isPlatformAdmin());
        models.put("periodError", false);
    }

    private Response notFound() {
        page();
        return view(404, "admin-not-found.html");
    }

    private static Response view(int status, String name) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(new Viewable("console/" + name)).build();
    }

    private Response seeOther(String path) {
        return Response.seeOther(URI.create(request.getContextPath() + path)).header("Cache-Control", "no-store").build();
    }

    public record TenantTotals(String code, String name, String status, Totals totals) {
    }

    /** Sums over a period; sums of suppressed months are computed from the real values, then suppressed again. */
    public record Totals(org.reportingportals.core.partner.entity.Count reports,
                         org.reportingportals.core.partner.entity.Count assessed,
                         org.reportingportals.core.partner.entity.Count criminal,
                         org.reportingportals.core.partner.entity.Count takedowns) {

        static Totals of(List<MonthlyOutcomes> months) {
            return new Totals(sum(months, m -> m.reports().value()), sum(months, m -> m.urlsAssessed().value()),
                    sum(months, m -> m.outcome(org.reportingportals.core.partner.entity.OutcomeGroup.CRIMINAL).value()),
                    sum(months, m -> m.action(org.reportingportals.core.assessment.entity.Action.NOTICE_AND_TAKEDOWN).value()));
        }

        private static org.reportingportals.core.partner.entity.Count sum(List<MonthlyOutcomes> months,
                                                                         java.util.function.ToIntFunction<MonthlyOutcomes> f) {
            return new org.reportingportals.core.partner.entity.Count(months.stream().mapToInt(f).sum());
        }
    }
}
