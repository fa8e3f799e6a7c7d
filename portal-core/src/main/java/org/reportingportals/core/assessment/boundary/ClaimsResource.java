package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.reportingportals.core.assessment.control.AssessmentQueue;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.ClaimedReport;
import org.reportingportals.core.audit.control.AuditTrail;
import org.reportingportals.core.platform.boundary.PathIds;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.entity.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /api/v1/queue/claims}: claim the next report, give one back. Each call is one transaction, so a
 * claim and its audit record commit together, before the answer.
 */
@Path("queue/claims")
@RolesAllowed(Roles.ANALYST)
@ApiResource
public class ClaimsResource {

    @Inject
    AssessmentQueue queue;

    @Inject
    AuditTrail audit;

    @Inject
    Analysts analysts;

    @Inject
    Clock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Claim the highest-priority waiting report of any tenant",
            description = "Child-in-danger reports first, then the oldest. The claim is a lease (default "
                    + "portal.queue.lease); an optional leaseSeconds asks for a shorter or longer one, up to portal.queue.max-lease.")
    @APIResponse(responseCode = "201", description = "Claimed; the body is the report")
    @APIResponse(responseCode = "204", description = "Nothing is waiting")
    public Response claimNext(@QueryParam("leaseSeconds") Long leaseSeconds, @Context UriInfo uri) {
        Duration lease = lease(Optional.ofNullable(leaseSeconds));
        Analyst analyst = analysts.current();
        var claimed = queue.claimNext(analyst, clock.instant(), lease);
        if (claimed.isEmpty()) {
            return Response.noContent().build();
        }
        audit.record(analyst.id(), "report.claim", Optional.of(claimed.get().id()));
        return Response.created(uri.getAbsolutePathBuilder().path(claimed.get().id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(ClaimedReport.of(claimed.get()))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The reports you hold, with when each lease ends")
    public List<ClaimedReport> mine() {
        Analyst analyst = analysts.current();
        return queue.heldBy(analyst, clock.instant()).stream().map(ClaimedReport::of).toList();
    }

    @PUT
    @Path("{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Renew the lease on a report you hold (a fresh default lease from now)")
    @APIResponse(responseCode = "200", description = "Renewed; the body is the report with its new lease end")
    @APIResponse(responseCode = "404", description = "You hold no live claim on this report")
    public ClaimedReport renew(@PathParam("reportId") String reportId) {
        Analyst analyst = analysts.current();
        UUID id = PathIds.uuid(reportId, ProblemType.CLAIM_NOT_FOUND);
        var renewed = queue.renew(id, analyst, clock.instant(), queue.defaultLease())
                .orElseThrow(() -> new ProblemException(ProblemType.CLAIM_NOT_FOUND));
        audit.record(analyst.id(), "report.renew", Optional.of(id));
        return ClaimedReport.of(renewed);
    }

    @DELETE
    @Path("{reportId}")
    @Transactional
    @Operation(summary = "Give a claimed report back to the queue")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "404", description = "You hold no claim on this report")
    public Response release(@PathParam("reportId") String reportId) {
        UUID id = PathIds.uuid(reportId, ProblemType.CLAIM_NOT_FOUND);
        Analyst analyst = analysts.current();
        if (!queue.release(id, analyst)) {
            throw new ProblemException(ProblemType.CLAIM_NOT_FOUND);
        }
        audit.record(analyst.id(), "report.release", Optional.of(id));
        return Response.noContent().build();
    }

    private Duration lease(Optional<Long> seconds) {
        if (seconds.isEmpty()) {
            return queue.defaultLease();
        }
        long max = queue.maxLease().toSeconds();
        if (seconds.get() < 1 || seconds.get() > max) {
            throw ProblemException.validation(new FieldError("leaseSeconds", "lease.out-of-range", "queue.error.lease.out-of-range",
                            Map.of("max", max)));
        }
        return Duration.ofSeconds(seconds.get());
    }
}
