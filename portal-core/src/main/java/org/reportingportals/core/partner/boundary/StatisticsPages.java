package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.partner.control.StatisticsCsv;
import org.reportingportals.core.partner.entity.BarChart;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.platform.boundary.PageResource;

import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/{tenant}}: a tenant's monthly outcome statistics as a table and a chart, and the same months as a
 * CSV download, over the {@link Statistics} the API reads too. The CSV method is plain JAX-RS, not a Jakarta MVC
 * controller method, so its text is not taken for a view name.
 */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class StatisticsPages {

    @Inject
    AdminScreens screens;

    @Inject
    Statistics statistics;

    @Inject
    StatisticsPeriods periods;

    @GET
    @Path("{tenant}")
    @Controller
    public Response tenant(@PathParam("tenant") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return screens.forTenant(code, tenant -> {
            screens.page(tenant);
            Optional<StatisticsPeriods.Period> period = screens.period(from, to);
            if (period.isEmpty()) {
                screens.models().put("months", List.of());
                return screens.view(422, "tenant.html");
            }
            List<MonthlyOutcomes> months = statistics.months(tenant, period.get());
            screens.models().put("months", months);
            // no totals row: a total beside the months would give away their suppressed counts
            screens.models().put("chart", BarChart.of(months));
            return screens.view(200, "tenant.html");
        });
    }

    @GET
    @Path("{tenant}/statistics.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("tenant") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return screens.forTenant(code, tenant -> {
            StatisticsPeriods.Period period = periods.parse(from, to);
            return AdminScreens.download(StatisticsCsv.of(statistics.months(tenant, period)), "text/csv",
                    "statistics-" + tenant.code() + "-" + period.from() + "-" + period.to() + ".csv");
        });
    }
}
