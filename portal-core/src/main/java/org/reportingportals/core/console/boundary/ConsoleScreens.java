package org.reportingportals.core.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.assessment.boundary.Analysts;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.platform.boundary.OnDemandCsrfTokens;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.boundary.StaffFormat;
import org.reportingportals.core.platform.boundary.StaffPages;
import org.reportingportals.core.platform.entity.FieldError;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every console screen shares: the signed-on analyst, the navigation and notice, the answers a screen
 * gives (a page, a redirect, not found, forbidden). The screen families ({@link QueuePages}, {@link ReportPages},
 * {@link ReviewPages}, {@link TakedownPages}, {@link AuditPages}) only map forms to use cases and back.
 */
@RequestScoped
public class ConsoleScreens {

    /** Notices a redirect may ask the queue or report page to show; anything else is ignored. */
    private static final Set<String> NOTICES = Set.of("queue-empty", "claim-lost", "released", "renewed", "assessed",
            "report-assessed", "review-requested", "review-open", "takedown-closed", "review-decided",
            "review-own-decision", "not-found", "already-assessed", "concurrent-change");

    /** The most rows a console list shows. */
    static final int LIST_LIMIT = 500;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    Analysts analysts;

    @Inject
    Clock clock;

    /** Sets up a screen: the analyst, the navigation entry, the notice, a CSRF token for its forms. */
    Analyst page(String nav, String notice) {
        Analyst analyst = analysts.current();
        OnDemandCsrfTokens.require(request);
        models.put("analyst", analyst);
        models.put("nav", nav);
        models.put("senior", isSenior());
        models.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
        models.put("fmt", new StaffFormat(clock.instant()));
        models.put("choices", AssessmentForm.CHOICES);
        return analyst;
    }

    Analyst analyst() {
        return analysts.current();
    }

    boolean isSenior() {
        return request.isUserInRole(Roles.SENIOR_ANALYST);
    }

    Models models() {
        return models;
    }

    Response view(int status, String name) {
        return StaffPages.view(status, "console/" + name);
    }

    Response seeOther(String path) {
        return StaffPages.seeOther(request, path);
    }

    Response notFound() {
        models.put("problem", "not-found");
        return StaffPages.view(404, "problem.html");
    }

    Response forbidden() {
        models.put("problem", "forbidden");
        return StaffPages.view(403, "problem.html");
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static Optional<String> blank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Field errors of a form as message keys by field, the first error of each field. */
    static Map<String, String> errors(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), "console.error." + e.code()));
        return byField;
    }
}
