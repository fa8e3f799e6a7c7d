package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.assessment.control.Takedowns;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.TakedownView;
import org.reportingportals.core.audit.control.AuditTrail;
import org.reportingportals.core.platform.boundary.PathIds;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code /api/v1/takedowns}: notices the hotline is pursuing, oldest first, until the page is confirmed gone. */
@Path("takedowns")
@RolesAllowed(Roles.ANALYST)
@ApiResource
public class TakedownsResource {

    @Inject
    Takedowns takedowns;

    @Inject
    AuditTrail audit;

    @Inject
    Analysts analysts;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Open notice-and-takedowns, oldest first, with their age in hours")
    public List<TakedownView> open() {
        Instant now = clock.instant();
        return takedowns.open(500).stream().map(t -> TakedownView.of(t, now)).toList();
    }

    @POST
    @Path("{id}/removal")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Confirm the page is gone: closes the takedown (audited)")
    public TakedownView removed(@PathParam("id") String id) {
        Analyst analyst = analysts.current();
        UUID takedownId = PathIds.uuid(id);
        Instant now = clock.instant();
        var closed = takedowns.confirmRemoved(takedownId, analyst.id(), now)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND));
        audit.record(analyst.id(), "takedown.removed", Optional.empty(), Optional.of("takedown=" + takedownId));
        return TakedownView.of(closed, now);
    }
}
