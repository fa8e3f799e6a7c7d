package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.reportingportals.core.assessment.entity.ClaimedReport;
import org.reportingportals.core.platform.boundary.PathIds;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.entity.ProblemType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /api/v1/queue/claims}: claim the next report, give one back, over the {@link Claims} use cases.
 */
@Path("queue/claims")
@RolesAllowed(Roles.ANALYST)
@ApiResource
public class ClaimsResource {

    @Inject
    Claims claims;

    @Inject
    Analysts analysts;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim the highest-priority waiting report of any tenant",
            description = "Child-in-danger reports first, then the oldest. The claim is a lease (default "
                    + "portal.queue.lease); an optional leaseSeconds asks for a shorter or longer one, up to portal.queue.max-lease.")
    @APIResponse(responseCode = "201", description = "Claimed; the body is the report")
    @APIResponse(responseCode = "204", description = "Nothing is waiting")
    public Response claimNext(@QueryParam("leaseSeconds") Long leaseSeconds, @Context UriInfo uri) {
        Duration lease = lease(Optional.ofNullable(leaseSeconds));
        Optional<ClaimedReport> claimed = claims.claimNext(analysts.current(), lease);
        if (claimed.isEmpty()) {
            return Response.noContent().build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(claimed.get().id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(claimed.get())
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The reports you hold, with when each lease ends")
    public List<ClaimedReport> mine() {
        return claims.heldBy(analysts.current());
    }

    @PUT
    @Path("{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew the lease on a report you hold (a fresh default lease from now)")
    @APIResponse(responseCode = "200", description = "Renewed; the body is the report with its new lease end")
    @APIResponse(responseCode = "404", description = "You hold no live claim on this report")
    public ClaimedReport renew(@PathParam("reportId") String reportId) {
        UUID id = PathIds.uuid(reportId, ProblemType.CLAIM_NOT_FOUND);
        return claims.renew(id, analysts.current())
                .orElseThrow(() -> new ProblemException(ProblemType.CLAIM_NOT_FOUND));
    }

    @DELETE
    @Path("{reportId}")
    @Operation(summary = "Give a claimed report back to the queue")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "404", description = "You hold no claim on this report")
    public Response release(@PathParam("reportId") String reportId) {
        UUID id = PathIds.uuid(reportId, ProblemType.CLAIM_NOT_FOUND);
        if (!claims.release(id, analysts.current())) {
            throw new ProblemException(ProblemType.CLAIM_NOT_FOUND);
        }
        return Response.noContent().build();
    }

    private Duration lease(Optional<Long> seconds) {
        if (seconds.isEmpty()) {
            return claims.defaultLease();
        }
        long max = claims.maxLease().toSeconds();
        if (seconds.get() < 1 || seconds.get() > max) {
            throw ProblemException.validation(new FieldError("leaseSeconds", "lease.out-of-range", "queue.error.lease.out-of-range",
                            Map.of("max", max)));
        }
        return Duration.ofSeconds(seconds.get());
    }
}
