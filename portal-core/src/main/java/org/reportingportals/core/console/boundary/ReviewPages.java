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
import org.reportingportals.core.assessment.boundary.FindingReader;
import org.reportingportals.core.assessment.boundary.Reviewing;
import org.reportingportals.core.assessment.control.Reviews;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.Finding;
import org.reportingportals.core.platform.boundary.PageResource;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The senior analysts' review queue: confirm a decision, or change it, never one's own. */
@Controller
@RequestScoped
@Path("console/reviews")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class ReviewPages {

    @Inject
    ConsoleScreens screens;

    @Inject
    Reviewing reviewing;

    @GET
    public Response reviewQueue(@QueryParam("notice") String notice) {
        Analyst senior = screens.page("reviews", notice);
        if (!screens.isSenior()) {
            return screens.forbidden();
        }
        openReviews(senior);
        screens.models().put("form", new AssessmentForm.Typed(Map.of()));
        return screens.view(200, "reviews.html");
    }

    @POST
    @Path("{id}/decision")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @FormParam("decision") String decision,
                           @BeanParam FindingFields fields) {
        Analyst senior = screens.page("reviews", null);
        if (!screens.isSenior()) {
            return screens.forbidden();
        }
        Optional<UUID> reviewId = ConsoleScreens.uuid(id);
        if (reviewId.isEmpty()) {
            return screens.seeOther("/console/reviews?notice=not-found");
        }
        Optional<Finding> changed = Optional.empty();
        if ("change".equals(decision)) {
            AssessmentForm form = fields.form(reviewId.get(), false);
            FindingReader.Read read = FindingReader.read(form.json());
            if (read.finding().isEmpty()) {
                openReviews(senior);
                screens.models().put("form", form.typed(ConsoleScreens.errors(read.errors())));
                return screens.view(422, "reviews.html");
            }
            changed = read.finding();
        } else if (!"confirm".equals(decision)) {
            return screens.seeOther("/console/reviews?notice=not-found");
        }
        Optional<String> reviewNotes = ConsoleScreens.blank(fields.notes());
        try {
            reviewing.decide(reviewId.get(), senior, changed, changed.isPresent() ? changed.get().notes() : reviewNotes);
        } catch (Reviews.Refused refused) {
            return screens.seeOther("/console/reviews?notice="
                    + (refused.refusal() == Reviews.Refusal.BY_THE_ASSESSOR ? "review-own-decision" : "not-found"));
        }
        return screens.seeOther("/console/reviews?notice=review-decided");
    }

    private void openReviews(Analyst senior) {
        Reviewing.Open open = reviewing.open(ConsoleScreens.LIST_LIMIT, senior);
        screens.models().put("reviews", open.reviews());
        screens.models().put("ownDecisions", open.onOwnDecisions());
    }
}
