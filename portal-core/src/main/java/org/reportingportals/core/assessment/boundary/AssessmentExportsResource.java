package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.platform.boundary.Roles;


/** {@code GET /api/v1/assessments/export}: all assessments as CSV, for senior analysts; the export is audited. */
@Path("assessments/export")
@RolesAllowed({Roles.SENIOR_ANALYST})
@ApiResource
public class AssessmentExportsResource {

    @Inject
    Takedowns afterAssessment;

    @Inject
    Analysts analysts;

    @GET
    @Produces("text/csv")
    @Operation(summary = "Every assessment as CSV, cells safe from formula injection")
    public Response csv() {
        return Response.ok(afterAssessment.exportAssessments(analysts.current()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"assessments.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
