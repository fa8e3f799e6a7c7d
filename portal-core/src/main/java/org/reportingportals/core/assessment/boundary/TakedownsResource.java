package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.assessment.entity.TakedownView;
import org.reportingportals.core.platform.boundary.PathIds;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.ProblemType;

import java.util.List;

/** {@code /api/v1/takedowns}: notices the hotline is pursuing, oldest first, until the page is confirmed gone. */
@Path("takedowns")
@RolesAllowed(Roles.ANALYST)
@ApiResource
public class TakedownsResource {

    @Inject
    Takedowns takedowns;

    @Inject
    Analysts analysts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open notice-and-takedowns, oldest first, with their age in hours")
    public List<TakedownView> open() {
        return takedowns.open(500);
    }

    @POST
    @Path("{id}/removal")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the page is gone: closes the takedown (audited)")
    public TakedownView removed(@PathParam("id") String id) {
        return takedowns.confirmRemoved(PathIds.uuid(id), analysts.current())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND));
    }
}
