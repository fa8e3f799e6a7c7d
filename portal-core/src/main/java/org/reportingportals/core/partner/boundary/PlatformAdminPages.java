package org.reportingportals.core.partner.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.partner.entity.OutcomeTotals;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.StaffSessions;
import org.reportingportals.core.tenancy.boundary.Configurations;
import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin}: where administration starts. A partner lands on its own tenant; a platform administrator sees
 * every tenant side by side with its totals, opens new portals, suspends and reactivates them. Signing out too.
 * Every {@code /admin} screen family shares the path, so each is its own class over {@link AdminScreens}.
 */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class PlatformAdminPages {

    @Inject
    AdminScreens screens;

    @Inject
    Tenants tenants;

    @Inject
    Statistics statistics;

    @Inject
    Configurations configurations;

    @Inject
    StaffSessions sessions;

    @Inject
    HttpServletRequest request;

    @GET
    @Controller
    public Response start(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("notice") String notice) {
        screens.notice(notice);
        return start(from, to, 200, List.of());
    }

    private Response start(String from, String to, int status, List<String> createProblems) {
        if (!tenants.isPlatformAdmin()) {
            List<Tenant> own = tenants.administrable();
            return own.isEmpty() ? screens.notFound() : screens.seeOther("/admin/" + own.get(0).code());
        }
        screens.page();
        screens.models().put("createProblems", createProblems);
        Optional<StatisticsPeriods.Period> period = screens.period(from, to);
        if (period.isEmpty()) {
            return screens.view(422, "platform.html");
        }
        List<Tenant> all = tenants.administrable();
        Map<String, OutcomeTotals> totals = statistics.totals(all, period.get());
        screens.models().put("tenants", all.stream().map(t -> new TenantTotals(t.code(), t.name(ULocale.ENGLISH),
                t.status().name().toLowerCase(Locale.ROOT), totals.get(t.code()))).toList());
        return screens.view(status, "platform.html");
    }

    @POST
    @Path("tenants")
    @Controller
    @CsrfProtected
    public Response createTenant(@FormParam("code") String code, @FormParam("name") String name,
                                 @FormParam("language") String language, @FormParam("partner") String partner,
                                 @FormParam("emergency") String emergency) {
        if (!tenants.isPlatformAdmin()) {
            return screens.notFound();
        }
        TenantConfigurations.Published created;
        try {
            created = configurations.create(blank(code), blank(name), ULocale.forLanguageTag(blank(language)),
                    blank(partner), blank(emergency), screens.editor());
        } catch (TenantConfigurations.Refused refused) {
            screens.notice("");
            return start(null, null, 422, refused.problems());
        }
        return screens.seeOther("/admin/" + created.tenant().code() + "/configuration?notice=created");
    }

    @POST
    @Path("{tenant}/status")
    @Controller
    @CsrfProtected
    public Response changeStatus(@PathParam("tenant") String code, @FormParam("status") String status) {
        if (!tenants.isPlatformAdmin()) {
            return screens.notFound();
        }
        return screens.forTenant(code, tenant -> {
            try {
                configurations.changeStatus(tenant, status, screens.editor());
            } catch (TenantConfigurations.Refused refused) {
                return screens.seeOther("/admin?notice=status-refused");
            }
            return screens.seeOther("/admin?notice=status-" + status);
        });
    }

    /** Ends the session here and at Keycloak, then lands on a page outside administration. */
    @POST
    @Path("logout")
    @Controller
    @CsrfProtected
    public Response logout() {
        return sessions.signOut(request);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    /** One row of the platform view: a tenant, its status and its totals over the period. */
    public record TenantTotals(String code, String name, String status, OutcomeTotals totals) {
    }
}
