package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.assessment.entity.QueueCounts;
import org.reportingportals.core.platform.boundary.Roles;


/** {@code GET /api/v1/queue}: the central queue at a glance, across every tenant. */
@Path("queue")
@RolesAllowed(Roles.ANALYST)
@ApiResource
public class QueueResource {

    @Inject
    Claims claims;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts of waiting and claimed reports per tenant and priority")
    public QueueCounts counts() {
        return claims.counts();
    }
}
