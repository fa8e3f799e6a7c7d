package org.reportingportals.core.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.assessment.boundary.Assessing;
import org.reportingportals.core.audit.boundary.AuditEvents;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.reports.entity.Reference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit trail for senior analysts, newest first, filtered by report reference, person or action. */
@Controller
@RequestScoped
@Path("console/audit")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class AuditPages {

    @Inject
    ConsoleScreens screens;

    @Inject
    Assessing assessing;

    @Inject
    AuditEvents audit;

    @GET
    public Response auditTrail(@QueryParam("reference") String reference, @QueryParam("actor") String actor,
                               @QueryParam("action") String action) {
        screens.page("audit", null);
        if (!screens.isSenior()) {
            return screens.forbidden();
        }
        Optional<String> ref = ConsoleScreens.blank(reference);
        Optional<UUID> reportId = ref.flatMap(Reference::parse).flatMap(assessing::idOf);
        screens.models().put("filter", new AuditFilter(ref.orElse(""), ConsoleScreens.blank(actor).orElse(""),
                ConsoleScreens.blank(action).orElse("")));
        screens.models().put("events", ref.isPresent() && reportId.isEmpty() ? List.of()
                : audit.search(reportId, ConsoleScreens.blank(actor), ConsoleScreens.blank(action), ConsoleScreens.LIST_LIMIT));
        return screens.view(200, "audit.html");
    }

    public record AuditFilter(String reference, String actor, String action) {
    }
}
