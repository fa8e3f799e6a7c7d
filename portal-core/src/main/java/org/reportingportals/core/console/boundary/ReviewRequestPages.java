package org.reportingportals.core.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.assessment.boundary.Reviewing;
import org.reportingportals.core.assessment.control.Reviews;
import org.reportingportals.core.assessment.entity.Review;
import org.reportingportals.core.assessment.entity.ReviewView;
import org.reportingportals.core.platform.boundary.PageResource;

import java.util.Optional;
import java.util.UUID;

/** From a report's page: ask for a second opinion on an assessment, or record an appeal by the reporter or the host. */
@Controller
@RequestScoped
@Path("console/assessments")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class ReviewRequestPages {

    private static final int MAX_REASON = 2000;

    @Inject
    ConsoleScreens screens;

    @Inject
    Reviewing reviewing;

    @POST
    @Path("{id}/reviews")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestReview(@PathParam("id") String id, @FormParam("kind") String kind,
                                  @FormParam("reason") String reason) {
        Optional<UUID> assessmentId = ConsoleScreens.uuid(id);
        Optional<Review.Kind> reviewKind = Optional.ofNullable(kind).flatMap(k -> switch (k) {
            case "second-opinion" -> Optional.of(Review.Kind.SECOND_OPINION);
            case "appeal-reporter", "appeal-host" -> Optional.of(Review.Kind.APPEAL);
            default -> Optional.empty();
        });
        Optional<Review.Appellant> appellant = "appeal-reporter".equals(kind) ? Optional.of(Review.Appellant.REPORTER)
                : "appeal-host".equals(kind) ? Optional.of(Review.Appellant.HOST) : Optional.empty();
        if (assessmentId.isEmpty() || reviewKind.isEmpty()) {
            return screens.seeOther("/console?notice=not-found");
        }
        Optional<String> why = ConsoleScreens.blank(reason).map(r -> r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r);
        ReviewView review;
        try {
            review = reviewing.request(assessmentId.get(), reviewKind.get(), appellant, why, screens.analyst());
        } catch (Reviews.Refused refused) {
            return screens.seeOther("/console?notice="
                    + (refused.refusal() == Reviews.Refusal.ALREADY_OPEN ? "review-open" : "not-found"));
        }
        return screens.seeOther("/console/reports/" + review.reportId() + "?notice=review-requested");
    }
}
