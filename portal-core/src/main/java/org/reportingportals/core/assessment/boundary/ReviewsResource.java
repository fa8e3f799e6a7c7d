package org.reportingportals.core.assessment.boundary;

import org.reportingportals.core.platform.boundary.ApiResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.assessment.control.Reviews;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.Finding;
import org.reportingportals.core.assessment.entity.Review;
import org.reportingportals.core.assessment.entity.ReviewView;
import org.reportingportals.core.platform.boundary.JsonBodies;
import org.reportingportals.core.platform.boundary.PathIds;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Second opinions and appeals: any analyst asks ({@code POST /api/v1/assessments/{id}/reviews}); senior
 * analysts see the open ones ({@code GET /api/v1/reviews}) and decide ({@code POST /api/v1/reviews/{id}/decision}),
 * never on their own first decision. Every step is audited.
 */
@Path("")
@ApiResource
public class ReviewsResource {

    private static final int MAX_REASON = 2000;

    @Inject
    Reviewing reviewing;

    @Inject
    Analysts analysts;

    @POST
    @Path("assessments/{id}/reviews")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a second opinion, or record a reporter's or host's appeal, on an assessment")
    public Response request(@PathParam("id") String assessmentId, InputStream body) {
        Analyst analyst = analysts.current();
        JsonObject json = JsonBodies.object(body, com.ibm.icu.util.ULocale.ENGLISH);
        List<FieldError> errors = new ArrayList<>();
        json.keySet().stream().filter(k -> !List.of("kind", "appellant", "reason").contains(k))
                .forEach(k -> errors.add(new FieldError(k, "field.unknown", "intake.error.field.unknown")));
        Optional<Review.Kind> kind = text(json, "kind").flatMap(k -> switch (k) {
            case "second-opinion" -> Optional.of(Review.Kind.SECOND_OPINION);
            case "appeal" -> Optional.of(Review.Kind.APPEAL);
            default -> Optional.empty();
        });
        Optional<Review.Appellant> appellant = text(json, "appellant").flatMap(a -> switch (a) {
            case "reporter" -> Optional.of(Review.Appellant.REPORTER);
            case "host" -> Optional.of(Review.Appellant.HOST);
            default -> Optional.empty();
        });
        if (kind.isEmpty() || kind.get() == Review.Kind.APPEAL && appellant.isEmpty()) {
            errors.add(new FieldError("kind", "review-kind.invalid", "assessment.error.review-kind"));
        }
        Optional<String> reason = text(json, "reason");
        if (reason.isPresent() && reason.get().length() > MAX_REASON) {
            errors.add(new FieldError("reason", "notes.too-long", "assessment.error.notes.too-long", Map.of("max", MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        ReviewView review;
        try {
            review = reviewing.request(PathIds.uuid(assessmentId), kind.get(), appellant, reason, analyst);
        } catch (Reviews.Refused refused) {
            throw refusal(refused);
        }
        return Response.status(Response.Status.CREATED).entity(review).build();
    }

    @GET
    @Path("reviews")
    @RolesAllowed(Roles.SENIOR_ANALYST)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open second opinions and appeals, oldest first (senior analysts)")
    public List<ReviewView> open() {
        return reviewing.open(500, analysts.current()).reviews();
    }

    @POST
    @Path("reviews/{id}/decision")
    @RolesAllowed(Roles.SENIOR_ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or change the decision under review; not on your own first decision")
    public ReviewView decide(@PathParam("id") String reviewId, InputStream body) {
        Analyst senior = analysts.current();
        JsonObject json = JsonBodies.object(body, com.ibm.icu.util.ULocale.ENGLISH);
        String decision = text(json, "decision").orElse("");
        Optional<Finding> changed = Optional.empty();
        List<FieldError> errors = new ArrayList<>();
        if (decision.equals("change")) {
            var read = FindingReader.read(json.entrySet().stream().filter(e -> !e.getKey().equals("decision"))
                    .collect(jakarta.json.Json::createObjectBuilder, (b, e) -> b.add(e.getKey(), e.getValue()),
                            jakarta.json.JsonObjectBuilder::addAll).build());
            errors.addAll(read.errors());
            changed = read.finding();
        } else if (!decision.equals("confirm")) {
            errors.add(new FieldError("decision", "decision.invalid", "assessment.error.decision"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        try {
            return reviewing.decide(PathIds.uuid(reviewId), senior, changed,
                    changed.isPresent() ? changed.get().notes() : text(json, "notes"));
        } catch (Reviews.Refused refused) {
            throw refusal(refused);
        }
    }

    private static ProblemException refusal(Reviews.Refused refused) {
        return new ProblemException(switch (refused.refusal()) {
            case NO_SUCH_ASSESSMENT, NO_SUCH_REVIEW -> ProblemType.NOT_FOUND;
            case ALREADY_OPEN -> ProblemType.REVIEW_OPEN;
            case BY_THE_ASSESSOR -> ProblemType.REVIEW_BY_ASSESSOR;
        });
    }

    private static Optional<String> text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString().strip()) : Optional.empty();
    }

}
