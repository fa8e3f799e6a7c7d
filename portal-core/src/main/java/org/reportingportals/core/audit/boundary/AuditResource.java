package org.reportingportals.core.audit.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.audit.entity.AuditEntry;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.FieldError;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code GET /api/v1/audit}: the audit trail for senior analysts and platform admins, newest first. */
@Path("audit")
@RolesAllowed({Roles.SENIOR_ANALYST, Roles.PLATFORM_ADMIN})
@ApiResource
public class AuditResource {

    private static final int MAX = 500;

    @Inject
    AuditEvents events;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit events, filtered by report, actor (iss#sub) or action; at most 500")
    public List<AuditEntry> search(@QueryParam("reportId") String reportId, @QueryParam("actor") String actor,
                                   @QueryParam("action") String action, @QueryParam("limit") Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX) {
            throw ProblemException.validation(new FieldError("limit", "limit.out-of-range", "intake.error.field.type"));
        }
        Optional<UUID> report;
        try {
            report = Optional.ofNullable(reportId).filter(r -> !r.isBlank()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(new FieldError("reportId", "field.type", "intake.error.field.type"));
        }
        return events.search(report, Optional.ofNullable(actor).filter(a -> !a.isBlank()),
                Optional.ofNullable(action).filter(a -> !a.isBlank()), size).stream().map(AuditEntry::of).toList();
    }
}
