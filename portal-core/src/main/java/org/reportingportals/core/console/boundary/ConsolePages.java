package org.reportingportals.core.console.boundary;

import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.StaffFormat;
import org.reportingportals.core.platform.boundary.StaffPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
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
import org.reportingportals.core.assessment.boundary.Analysts;
import org.reportingportals.core.assessment.boundary.FindingReader;
import org.reportingportals.core.assessment.control.AssessmentQueue;
import org.reportingportals.core.assessment.control.Assessments;
import org.reportingportals.core.assessment.control.ReportViews;
import org.reportingportals.core.assessment.control.Reviews;
import org.reportingportals.core.assessment.control.Takedowns;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.Review;
import org.reportingportals.core.assessment.entity.ReviewView;
import org.reportingportals.core.assessment.entity.TakedownView;
import org.reportingportals.core.audit.control.AuditTrail;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.boundary.StaffSessions;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.boundary.OnDemandCsrfTokens;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The analyst console: the queue, a report with its URLs, assessing, takedowns, second opinions and the
 * audit trail. Every state change is a form post with a CSRF token, answered with a redirect (post, redirect,
 * get), in one transaction with its audit record, exactly as the API does it.
 */
@Controller
@RequestScoped
@Path("console")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class ConsolePages {

    /** Notices a redirect may ask the queue or report page to show; anything else is ignored. */
    private static final Set<String> NOTICES = Set.of("queue-empty", "claim-lost", "released", "renewed", "assessed",
            "report-assessed", "review-requested", "review-open", "takedown-closed", "review-decided",
            "review-own-decision", "not-found", "already-assessed");
    private static final int LIST_LIMIT = 500;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    Analysts analysts;

    @Inject
    AssessmentQueue queue;

    @Inject
    ReportStore reports;

    @Inject
    ReportViews views;

    @Inject
    Assessments assessments;

    @Inject
    Takedowns takedowns;

    @Inject
    Reviews reviews;

    @Inject
    AuditTrail audit;

    @Inject
    StaffSessions session;

    @Inject
    Clock clock;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response queue(@QueryParam("notice") String notice) {
        Analyst analyst = page("queue", notice);
        Instant now = clock.instant();
        models.put("counts", queue.counts(now));
        models.put("claims", queue.heldBy(analyst, now).stream().map(r -> new HeldReport(r.id(), r.reference().value(),
                r.tenantCode(), r.childInDanger(), r.receivedAt(), r.leaseUntil().orElse(now), r.urls().size())).toList());
        return view(200, "queue.html");
    }

    @POST
    @Path("claims")
    @CsrfProtected
    @Transactional
    public Response claimNext() {
        Analyst analyst = analysts.current();
        Optional<Report> claimed = queue.claimNext(analyst, clock.instant(), queue.defaultLease());
        if (claimed.isEmpty()) {
            return seeOther("/console?notice=queue-empty");
        }
        audit.record(analyst.id(), "report.claim", Optional.of(claimed.get().id()));
        return seeOther("/console/reports/" + claimed.get().id());
    }

    @POST
    @Path("claims/{id}/renew")
    @CsrfProtected
    @Transactional
    public Response renew(@PathParam("id") String id, @FormParam("from") String from) {
        Analyst analyst = analysts.current();
        Optional<UUID> reportId = uuid(id);
        boolean renewed = reportId.flatMap(r -> queue.renew(r, analyst, clock.instant(), queue.defaultLease())).isPresent();
        if (renewed) {
            audit.record(analyst.id(), "report.renew", reportId);
        }
        String back = "report".equals(from) && reportId.isPresent() ? "/console/reports/" + reportId.get() : "/console";
        return seeOther(back + "?notice=" + (renewed ? "renewed" : "claim-lost"));
    }

    @POST
    @Path("claims/{id}/release")
    @CsrfProtected
    @Transactional
    public Response release(@PathParam("id") String id) {
        Analyst analyst = analysts.current();
        Optional<UUID> reportId = uuid(id);
        boolean released = reportId.isPresent() && queue.release(reportId.get(), analyst);
        if (released) {
            audit.record(analyst.id(), "report.release", reportId);
        }
        return seeOther("/console?notice=" + (released ? "released" : "claim-lost"));
    }

    /** A report, found by id or by the reference an analyst types or pastes. Every view is audited. */
    @GET
    @Path("reports/{id}")
    @Transactional
    public Response report(@PathParam("id") String id, @QueryParam("notice") String notice) {
        Analyst analyst = page("report", notice);
        Optional<Report> report = find(id);
        if (report.isEmpty()) {
            return notFound();
        }
        audit.record(analyst.id(), "report.view", Optional.of(report.get().id()));
        models.put("report", views.of(report.get(), analyst));
        models.put("form", new AssessmentForm.Typed(Map.of()));
        return view(200, "report.html");
    }

    @GET
    @Path("find")
    public Response findByReference(@QueryParam("reference") String reference) {
        Optional<Report> report = Optional.ofNullable(reference).flatMap(Reference::parse).flatMap(reports::byReference);
        return report.map(r -> seeOther("/console/reports/" + r.id())).orElseGet(() -> seeOther("/console?notice=not-found"));
    }

    @POST
    @Path("reports/{id}/urls/{urlId}/assessments")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response assess(@PathParam("id") String id, @PathParam("urlId") String urlId,
                           @FormParam("outcome") String outcome, @FormParam("hostingCountry") String hostingCountry,
                           @FormParam("ageBand") String ageBand, @FormParam("selfGenerated") String selfGenerated,
                           @FormParam("actions") List<String> actions, @FormParam("notes") String notes,
                           @FormParam("applyToDuplicates") String applyToDuplicates) {
        Analyst analyst = page("report", null);
        Optional<Report> report = find(id);
        Optional<UUID> url = uuid(urlId);
        if (report.isEmpty() || url.isEmpty()) {
            return notFound();
        }
        AssessmentForm form = new AssessmentForm(url.get(), outcome, hostingCountry, ageBand, selfGenerated, actions,
                notes, applyToDuplicates != null);
        FindingReader.Read read = FindingReader.read(form.json());
        if (read.finding().isEmpty()) {
            models.put("report", views.of(report.get(), analyst));
            models.put("form", form.typed(errors(read.errors())));
            return view(422, "report.html");
        }
        Assessments.Recorded recorded;
        try {
            recorded = assessments.record(report.get(), url.get(), analyst, read.finding().get(), read.applyToDuplicates(),
                    clock.instant());
        } catch (Assessments.Refused refused) {
            String notice = switch (refused.refusal()) {
                case NOT_LEASED -> "claim-lost";
                case ALREADY_ASSESSED -> "already-assessed";
                case NO_SUCH_URL -> "not-found";
            };
            return seeOther("/console/reports/" + report.get().id() + "?notice=" + notice);
        }
        Assessment assessment = recorded.assessment();
        audit.record(analyst.id(), "url.assess", Optional.of(report.get().id()),
                Optional.of("url=" + assessment.reportedUrlId() + " outcome=" + read.finding().get().outcome().code()));
        for (Assessment copy : recorded.appliedToDuplicates()) {
            audit.record(analyst.id(), "url.assess.duplicate", Optional.of(copy.reportId()),
                    Optional.of("url=" + copy.reportedUrlId() + " from=" + assessment.id()));
        }
        if (recorded.reportCompleted()) {
            audit.record(analyst.id(), "report.assessed", Optional.of(report.get().id()));
            return seeOther("/console?notice=report-assessed");
        }
        return seeOther("/console/reports/" + report.get().id() + "?notice=assessed#url-" + assessment.reportedUrlId());
    }

    /** Ask for a second opinion, or record an appeal by the reporter or the host. */
    @POST
    @Path("assessments/{id}/reviews")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response requestReview(@PathParam("id") String id, @FormParam("kind") String kind,
                                  @FormParam("reason") String reason) {
        Analyst analyst = analysts.current();
        Optional<UUID> assessmentId = uuid(id);
        Optional<Review.Kind> reviewKind = Optional.ofNullable(kind).flatMap(k -> switch (k) {
            case "second-opinion" -> Optional.of(Review.Kind.SECOND_OPINION);
            case "appeal-reporter", "appeal-host" -> Optional.of(Review.Kind.APPEAL);
            default -> Optional.empty();
        });
        Optional<Review.Appellant> appellant = "appeal-reporter".equals(kind) ? Optional.of(Review.Appellant.REPORTER)
                : "appeal-host".equals(kind) ? Optional.of(Review.Appellant.HOST) : Optional.empty();
        if (assessmentId.isEmpty() || reviewKind.isEmpty()) {
            return seeOther("/console?notice=not-found");
        }
        Optional<String> why = Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> r.length() > 2000 ? r.substring(0, 2000) : r);
        Review review;
        try {
            review = reviews.request(assessmentId.get(), reviewKind.get(), appellant, why, analyst.id(), clock.instant());
        } catch (Reviews.Refused refused) {
            return seeOther("/console?notice=" + (refused.refusal() == Reviews.Refusal.ALREADY_OPEN ? "review-open" : "not-found"));
        }
        UUID reportId = reviews.assessmentOf(review).reportId();
        audit.record(analyst.id(), "review.request", Optional.of(reportId),
                Optional.of("review=" + review.id() + " kind=" + reviewKind.get().name().toLowerCase(Locale.ROOT)));
        return seeOther("/console/reports/" + reportId + "?notice=review-requested");
    }

    @GET
    @Path("takedowns")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response takedowns(@QueryParam("notice") String notice) {
        page("takedowns", notice);
        Instant now = clock.instant();
        List<TakedownView> open = takedowns.open(LIST_LIMIT).stream().map(t -> TakedownView.of(t, now)).toList();
        models.put("takedowns", open);
        return view(200, "takedowns.html");
    }

    @POST
    @Path("takedowns/{id}/removal")
    @CsrfProtected
    @Transactional
    public Response takedownRemoved(@PathParam("id") String id) {
        Analyst analyst = analysts.current();
        Optional<UUID> takedownId = uuid(id);
        var closed = takedownId.flatMap(t -> takedowns.confirmRemoved(t, analyst.id(), clock.instant()));
        if (closed.isEmpty()) {
            return seeOther("/console/takedowns?notice=not-found");
        }
        audit.record(analyst.id(), "takedown.removed", Optional.empty(), Optional.of("takedown=" + takedownId.get()));
        return seeOther("/console/takedowns?notice=takedown-closed");
    }

    @GET
    @Path("reviews")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response reviewQueue(@QueryParam("notice") String notice) {
        Analyst senior = page("reviews", notice);
        if (!request.isUserInRole(Roles.SENIOR_ANALYST)) {
            return forbidden();
        }
        reviewModels(senior);
        models.put("form", new AssessmentForm.Typed(Map.of()));
        return view(200, "reviews.html");
    }

    private void reviewModels(Analyst senior) {
        List<Review> open = reviews.open(LIST_LIMIT);
        models.put("reviews", open.stream().map(r -> ReviewView.of(r, reviews.assessmentOf(r))).toList());
        models.put("ownDecisions", open.stream().filter(r -> reviews.assessmentOf(r).analyst().equals(senior.id()))
                .map(Review::id).toList());
    }

    @POST
    @Path("reviews/{id}/decision")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response decide(@PathParam("id") String id, @FormParam("decision") String decision,
                           @FormParam("outcome") String outcome, @FormParam("hostingCountry") String hostingCountry,
                           @FormParam("ageBand") String ageBand, @FormParam("selfGenerated") String selfGenerated,
                           @FormParam("actions") List<String> actions, @FormParam("notes") String notes) {
        Analyst senior = page("reviews", null);
        if (!request.isUserInRole(Roles.SENIOR_ANALYST)) {
            return forbidden();
        }
        Optional<UUID> reviewId = uuid(id);
        if (reviewId.isEmpty()) {
            return seeOther("/console/reviews?notice=not-found");
        }
        Optional<org.reportingportals.core.assessment.entity.Finding> changed = Optional.empty();
        if ("change".equals(decision)) {
            AssessmentForm form = new AssessmentForm(reviewId.get(), outcome, hostingCountry, ageBand, selfGenerated,
                    actions, notes, false);
            FindingReader.Read read = FindingReader.read(form.json());
            if (read.finding().isEmpty()) {
                reviewModels(senior);
                models.put("form", form.typed(errors(read.errors())));
                return view(422, "reviews.html");
            }
            changed = read.finding();
        } else if (!"confirm".equals(decision)) {
            return seeOther("/console/reviews?notice=not-found");
        }
        Optional<String> reviewNotes = Optional.ofNullable(notes).map(String::strip).filter(n -> !n.isEmpty());
        Review review;
        try {
            review = reviews.decide(reviewId.get(), senior.id(), clock.instant(), changed,
                    changed.isPresent() ? changed.get().notes() : reviewNotes);
        } catch (Reviews.Refused refused) {
            return seeOther("/console/reviews?notice=" + switch (refused.refusal()) {
                case BY_THE_ASSESSOR -> "review-own-decision";
                default -> "not-found";
            });
        }
        audit.record(senior.id(), "review.decide", Optional.of(reviews.assessmentOf(review).reportId()),
                Optional.of("review=" + review.id() + " decision=" + decision
                        + review.newOutcome().map(o -> " outcome=" + o.code()).orElse("")));
        return seeOther("/console/reviews?notice=review-decided");
    }

    /** The audit trail for senior analysts, newest first, filtered by report reference, person or action. */
    @GET
    @Path("audit")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response auditTrail(@QueryParam("reference") String reference, @QueryParam("actor") String actor,
                               @QueryParam("action") String action) {
        page("audit", null);
        if (!request.isUserInRole(Roles.SENIOR_ANALYST)) {
            return forbidden();
        }
        Optional<String> ref = blank(reference);
        Optional<UUID> reportId = ref.flatMap(Reference::parse).flatMap(reports::byReference).map(Report::id);
        models.put("filter", new AuditFilter(ref.orElse(""), blank(actor).orElse(""), blank(action).orElse("")));
        models.put("events", ref.isPresent() && reportId.isEmpty() ? List.of()
                : audit.search(reportId, blank(actor), blank(action), LIST_LIMIT));
        return view(200, "audit.html");
    }

    /** Ends the session here and at Keycloak, then lands on a page outside the console. */
    @POST
    @Path("logout")
    @CsrfProtected
    public Response logout() {
        return Response.seeOther(session.signOut(request)).header("Cache-Control", "no-store").build();
    }

    /** After sign-on the mechanism sends the browser back where it was going; this is only a fallback. */
    @GET
    @Path("callback")
    public Response callback() {
        return seeOther("/console");
    }

    // ---

    private Analyst page(String id, String notice) {
        Analyst analyst = analysts.current();
        OnDemandCsrfTokens.require(request);
        models.put("analyst", analyst);
        models.put("nav", id);
        models.put("senior", request.isUserInRole(Roles.SENIOR_ANALYST));
        models.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
        models.put("fmt", new StaffFormat(clock.instant()));
        models.put("choices", AssessmentForm.CHOICES);
        return analyst;
    }

    private Optional<Report> find(String id) {
        return uuid(id).flatMap(reports::find);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> blank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Map<String, String> errors(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), "console.error." + e.code()));
        return byField;
    }

    private Response notFound() {
        models.put("problem", "not-found");
        return view(404, "problem.html");
    }

    private Response forbidden() {
        models.put("problem", "forbidden");
        return view(403, "problem.html");
    }

    private static Response view(int status, String name) {
        return StaffPages.view(status, name.equals("problem.html") ? name : "console/" + name);
    }

    private Response seeOther(String path) {
        return StaffPages.seeOther(request, path);
    }

    /** A report the analyst holds, for the "my claims" list. */
    public record HeldReport(UUID id, String reference, String tenant, boolean childInDanger, Instant receivedAt,
                             Instant leaseUntil, int urls) {
    }

    public record AuditFilter(String reference, String actor, String action) {
    }
}
