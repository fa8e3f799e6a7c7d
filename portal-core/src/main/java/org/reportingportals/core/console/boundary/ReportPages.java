package org.reportingportals.core.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.assessment.boundary.Assessing;
import org.reportingportals.core.assessment.boundary.FindingReader;
import org.reportingportals.core.assessment.control.Assessments;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.ReportView;
import org.reportingportals.core.platform.boundary.PageResource;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as the analyst works on it, and the assessment form of each of its URLs, over the same
 * {@link Assessing} use cases as the API: every view and every assessment is audited there.
 */
@Controller
@RequestScoped
@Path("console/reports")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class ReportPages {

    @Inject
    ConsoleScreens screens;

    @Inject
    Assessing assessing;

    @GET
    @Path("{id}")
    public Response report(@PathParam("id") String id, @QueryParam("notice") String notice) {
        Analyst analyst = screens.page("report", notice);
        Optional<ReportView> report = ConsoleScreens.uuid(id).flatMap(r -> assessing.view(r, analyst));
        if (report.isEmpty()) {
            return screens.notFound();
        }
        screens.models().put("report", report.get());
        screens.models().put("form", new AssessmentForm.Typed(Map.of()));
        return screens.view(200, "report.html");
    }

    @POST
    @Path("{id}/urls/{urlId}/assessments")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assess(@PathParam("id") String id, @PathParam("urlId") String urlId, @BeanParam FindingFields fields,
                           @FormParam("applyToDuplicates") String applyToDuplicates) {
        Analyst analyst = screens.page("report", null);
        Optional<UUID> reportId = ConsoleScreens.uuid(id);
        Optional<UUID> url = ConsoleScreens.uuid(urlId);
        if (reportId.isEmpty() || url.isEmpty()) {
            return screens.notFound();
        }
        AssessmentForm form = fields.form(url.get(), applyToDuplicates != null);
        FindingReader.Read read = FindingReader.read(form.json());
        if (read.finding().isEmpty()) {
            Optional<ReportView> shown = assessing.redisplay(reportId.get(), analyst);
            if (shown.isEmpty()) {
                return screens.notFound();
            }
            screens.models().put("report", shown.get());
            screens.models().put("form", form.typed(ConsoleScreens.errors(read.errors())));
            return screens.view(422, "report.html");
        }
        Assessing.Assessed assessed;
        try {
            assessed = assessing.assess(reportId.get(), url.get(), analyst, read.finding().get(), read.applyToDuplicates());
        } catch (Assessments.Refused refused) {
            if (refused.refusal() == Assessments.Refusal.NO_SUCH_REPORT) {
                return screens.notFound();
            }
            String notice = switch (refused.refusal()) {
                case NOT_LEASED -> "claim-lost";
                case ALREADY_ASSESSED -> "already-assessed";
                case CONFLICT -> "concurrent-change";
                case NO_SUCH_REPORT, NO_SUCH_URL -> "not-found";
            };
            return screens.seeOther("/console/reports/" + reportId.get() + "?notice=" + notice);
        }
        if (assessed.reportCompleted()) {
            return screens.seeOther("/console?notice=report-assessed");
        }
        return screens.seeOther("/console/reports/" + reportId.get() + "?notice=assessed#url-" + assessed.urlId());
    }
}
