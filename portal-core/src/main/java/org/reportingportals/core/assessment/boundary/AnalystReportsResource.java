package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
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
import org.reportingportals.core.assessment.control.ReportViews;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.ReportView;
import org.reportingportals.core.audit.control.AuditTrail;
import org.reportingportals.core.platform.boundary.JsonBodies;
import org.reportingportals.core.platform.boundary.PathIds;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.reports.entity.Report;

import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /api/v1/reports/{id}}: a report as an analyst works on it, and the per-URL assessments. Every view
 * of a report's detail and every assessment is audited in the same transaction.
 */
@Path("reports")
@RolesAllowed(Roles.ANALYST)
@ApiResource
public class AnalystReportsResource {

    @Inject
    ReportStore reports;

    @Inject
    Assessments assessments;

    @Inject
    ReportViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Analysts analysts;

    @Inject
    Clock clock;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "A report with its URLs, their assessments and earlier sightings (audited)")
    public ReportView report(@PathParam("id") String id) {
        Analyst analyst = analysts.current();
        Report report = find(id);
        audit.record(analyst.id(), "report.view", Optional.of(report.id()));
        return views.of(report, analyst);
    }

    @POST
    @Path("{id}/urls/{urlId}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Assess one URL of a report you hold; optionally settle its open duplicates at once")
    @APIResponse(responseCode = "201", description = "Recorded; the report is complete when every URL is assessed")
    @APIResponse(responseCode = "409", description = "You do not hold the report, or the URL is already assessed")
    public Response assess(@PathParam("id") String id, @PathParam("urlId") String urlId, InputStream body,
                           @Context UriInfo uri) {
        Analyst analyst = analysts.current();
        var read = FindingReader.read(JsonBodies.object(body, com.ibm.icu.util.ULocale.ENGLISH));
        if (read.finding().isEmpty()) {
            throw ProblemException.validation(read.errors());
        }
        Report report = find(id);
        Assessments.Recorded recorded;
        try {
            recorded = assessments.record(report, PathIds.uuid(urlId), analyst, read.finding().get(), read.applyToDuplicates(),
                    clock.instant());
        } catch (Assessments.Refused refused) {
            throw new ProblemException(switch (refused.refusal()) {
                case NOT_LEASED -> ProblemType.NOT_CLAIM_HOLDER;
                case ALREADY_ASSESSED -> ProblemType.ALREADY_ASSESSED;
                case NO_SUCH_URL -> ProblemType.NOT_FOUND;
            });
        }
        Assessment assessment = recorded.assessment();
        String outcome = read.finding().get().outcome().code();
        audit.record(analyst.id(), "url.assess", Optional.of(report.id()),
                Optional.of("url=" + assessment.reportedUrlId() + " outcome=" + outcome));
        JsonArrayBuilder applied = Json.createArrayBuilder();
        for (Assessment copy : recorded.appliedToDuplicates()) {
            audit.record(analyst.id(), "url.assess.duplicate", Optional.of(copy.reportId()),
                    Optional.of("url=" + copy.reportedUrlId() + " from=" + assessment.id()));
            applied.add(Json.createObjectBuilder().add("reportId", copy.reportId().toString())
                    .add("urlId", copy.reportedUrlId().toString()));
        }
        if (recorded.reportCompleted()) {
            audit.record(analyst.id(), "report.assessed", Optional.of(report.id()));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(assessment.id().toString()).build())
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("id", assessment.id().toString())
                        .add("urlId", assessment.reportedUrlId().toString())
                        .add("outcome", outcome)
                        .add("appliedToDuplicates", applied)
                        .add("reportStatus", report.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .add("publicStatus", report.publicStatus().code())
                        .build().toString())
                .build();
    }

    private Report find(String id) {
        return reports.find(PathIds.uuid(id)).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND));
    }

}
