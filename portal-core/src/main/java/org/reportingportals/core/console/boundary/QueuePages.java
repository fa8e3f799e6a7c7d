package org.reportingportals.core.console.boundary;

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
import org.reportingportals.core.assessment.boundary.Claims;
import org.reportingportals.core.assessment.boundary.Assessing;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.ClaimedReport;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.StaffSessions;
import org.reportingportals.core.reports.entity.Reference;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's start: the queue with its totals, "claim next", the reports you hold with renew and release,
 * finding a report by its reference, and signing out. Each state change is a form post answered with a redirect.
 */
@Controller
@RequestScoped
@Path("console")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class QueuePages {

    @Inject
    ConsoleScreens screens;

    @Inject
    Claims claims;

    @Inject
    Assessing assessing;

    @Inject
    StaffSessions session;

    @Inject
    HttpServletRequest request;

    @GET
    public Response queue(@QueryParam("notice") String notice) {
        Analyst analyst = screens.page("queue", notice);
        screens.models().put("counts", claims.counts());
        screens.models().put("claims", claims.heldBy(analyst).stream().map(HeldReport::of).toList());
        return screens.view(200, "queue.html");
    }

    @POST
    @Path("claims")
    @CsrfProtected
    public Response claimNext() {
        Optional<ClaimedReport> claimed = claims.claimNext(screens.analyst(), claims.defaultLease());
        return claimed.map(r -> screens.seeOther("/console/reports/" + r.id()))
                .orElseGet(() -> screens.seeOther("/console?notice=queue-empty"));
    }

    @POST
    @Path("claims/{id}/renew")
    @CsrfProtected
    public Response renew(@PathParam("id") String id, @FormParam("from") String from) {
        Optional<UUID> reportId = ConsoleScreens.uuid(id);
        boolean renewed = reportId.flatMap(r -> claims.renew(r, screens.analyst())).isPresent();
        String back = "report".equals(from) && reportId.isPresent() ? "/console/reports/" + reportId.get() : "/console";
        return screens.seeOther(back + "?notice=" + (renewed ? "renewed" : "claim-lost"));
    }

    @POST
    @Path("claims/{id}/release")
    @CsrfProtected
    public Response release(@PathParam("id") String id) {
        Optional<UUID> reportId = ConsoleScreens.uuid(id);
        boolean released = reportId.isPresent() && claims.release(reportId.get(), screens.analyst());
        return screens.seeOther("/console?notice=" + (released ? "released" : "claim-lost"));
    }

    /** A report by the reference an analyst types or pastes. */
    @GET
    @Path("find")
    public Response findByReference(@QueryParam("reference") String reference) {
        return Optional.ofNullable(reference).flatMap(Reference::parse).flatMap(assessing::idOf)
                .map(id -> screens.seeOther("/console/reports/" + id))
                .orElseGet(() -> screens.seeOther("/console?notice=not-found"));
    }

    /** Removes the browser's pass and ends the Keycloak session, then lands on a page outside the console. */
    @POST
    @Path("logout")
    @CsrfProtected
    public Response logout() {
        return session.signOut(request);
    }

    /** After sign-on the mechanism sends the browser back where it was going; this is only a fallback. */
    @GET
    @Path("callback")
    public Response callback() {
        return screens.seeOther("/console");
    }

    /** A report the analyst holds, for the "my claims" list. */
    public record HeldReport(UUID id, String reference, String tenant, boolean childInDanger, Instant receivedAt,
                             Instant leaseUntil, int urls) {

        static HeldReport of(ClaimedReport r) {
            return new HeldReport(r.id(), r.reference(), r.tenant(), r.childInDanger(), r.receivedAt(), r.leaseUntil(),
                    r.urls().size());
        }
    }
}
