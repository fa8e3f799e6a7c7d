package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.reportingportals.core.assessment.control.Assessments;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.ReportView;
import org.reportingportals.core.platform.boundary.JsonBodies;
import org.reportingportals.core.platform.boundary.PathIds;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.InputStream;

/**
 * {@code /api/v1/reports/{id}}: a report as an analyst works on it, and the per-URL assessments, over the
 * {@link Assessing} use cases (which audit every view and assessment).
 */
@Path("reports")
@RolesAllowed(Roles.ANALYST)
@ApiResource
public class AnalystReportsResource {

    @Inject
    Assessing assessing;

    @Inject
    Analysts analysts;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A report with its URLs, their assessments and earlier sightings (audited)")
    public ReportView report(@PathParam("id") String id) {
        return assessing.view(PathIds.uuid(id), analysts.current())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND));
    }

    @POST
    @Path("{id}/urls/{urlId}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess one URL of a report you hold; optionally settle its open duplicates at once")
    @APIResponse(responseCode = "201", description = "Recorded; the report is complete when every URL is assessed")
    @APIResponse(responseCode = "409", description = "You do not hold the report, the URL is already assessed, "
            + "or a concurrent change of the same report won the race (look again)")
    public Response assess(@PathParam("id") String id, @PathParam("urlId") String urlId, InputStream body,
                           @Context UriInfo uri) {
        Analyst analyst = analysts.current();
        var read = FindingReader.read(JsonBodies.object(body, com.ibm.icu.util.ULocale.ENGLISH));
        if (read.finding().isEmpty()) {
            throw ProblemException.validation(read.errors());
        }
        Assessing.Assessed assessed;
        try {
            assessed = assessing.assess(PathIds.uuid(id), PathIds.uuid(urlId), analyst, read.finding().get(),
                    read.applyToDuplicates());
        } catch (Assessments.Refused refused) {
            throw new ProblemException(switch (refused.refusal()) {
                case NOT_LEASED -> ProblemType.NOT_CLAIM_HOLDER;
                case ALREADY_ASSESSED -> ProblemType.ALREADY_ASSESSED;
                case CONFLICT -> ProblemType.CONCURRENT_CHANGE;
                case NO_SUCH_REPORT, NO_SUCH_URL -> ProblemType.NOT_FOUND;
            });
        }
        JsonArrayBuilder applied = JsonBodies.JSON.createArrayBuilder();
        for (Assessing.Copy copy : assessed.appliedToDuplicates()) {
            applied.add(JsonBodies.JSON.createObjectBuilder().add("reportId", copy.reportId().toString())
                    .add("urlId", copy.urlId().toString()));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(assessed.assessmentId().toString()).build())
                .type(MediaType.APPLICATION_JSON)
                .entity(JsonBodies.JSON.createObjectBuilder()
                        .add("id", assessed.assessmentId().toString())
                        .add("urlId", assessed.urlId().toString())
                        .add("outcome", assessed.outcome())
                        .add("appliedToDuplicates", applied)
                        .add("reportStatus", assessed.reportStatus())
                        .add("publicStatus", assessed.publicStatus())
                        .build().toString())
                .build();
    }

}
