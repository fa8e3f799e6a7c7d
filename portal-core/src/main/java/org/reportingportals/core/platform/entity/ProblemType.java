package org.reportingportals.core.platform.entity;

/**
 * Every kind of error the API answers with: a stable type URI, the HTTP status and the catalog keys of the
 * title and detail. Clients switch on {@link #uri()}, people read the localised text.
 */
public enum ProblemType {
    VALIDATION("validation", 422, "api.problem.validation.title", "api.problem.validation.detail"),
    MALFORMED("malformed-request", 400, "api.problem.malformed.title", "api.problem.malformed.detail"),
    /** Two Host headers, or one that is no host name with a TCP port: refused before any tenant is looked up. */
    MALFORMED_HOST("malformed-host", 400, "api.problem.malformed.title", null),
    TOO_LARGE("request-too-large", 413, "api.problem.too-large.title", "api.problem.too-large.detail"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "api.problem.unsupported-media-type.title",
            "api.problem.unsupported-media-type.detail"),
    NOT_ACCEPTABLE("not-acceptable", 406, "api.problem.not-acceptable.title", null),
    NOT_FOUND("not-found", 404, "api.problem.not-found.title", "api.problem.not-found.detail"),
    TENANT_NOT_FOUND("portal-not-found", 404, "api.problem.not-found.title", "api.problem.tenant-not-found.detail"),
    REPORT_NOT_FOUND("report-not-found", 404, "api.problem.not-found.title", "api.problem.status-not-found.detail"),
    CLAIM_NOT_FOUND("claim-not-found", 404, "api.problem.not-found.title", "api.problem.claim-not-found.detail"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "api.problem.method-not-allowed.title", null),
    UNAUTHORIZED("unauthorized", 401, "api.problem.unauthorized.title", "api.problem.unauthorized.detail"),
    FORBIDDEN("forbidden", 403, "api.problem.forbidden.title", "api.problem.forbidden.detail"),
    IDEMPOTENCY_CONFLICT("idempotency-key-reused", 422, "api.problem.idempotency-conflict.title",
            "api.problem.idempotency-conflict.detail"),
    NOT_CLAIM_HOLDER("not-claim-holder", 409, "api.problem.conflict.title", "api.problem.not-claim-holder.detail"),
    ALREADY_ASSESSED("already-assessed", 409, "api.problem.conflict.title", "api.problem.already-assessed.detail"),
    CONCURRENT_CHANGE("concurrent-change", 409, "api.problem.conflict.title", "api.problem.concurrent-change.detail"),
    REVIEW_OPEN("review-open", 409, "api.problem.conflict.title", "api.problem.review-open.detail"),
    REVIEW_BY_ASSESSOR("review-by-assessor", 409, "api.problem.conflict.title", "api.problem.review-by-assessor.detail"),
    RATE_LIMITED("rate-limited", 429, "api.problem.rate-limited.title", "api.problem.rate-limited.detail"),
    UNAVAILABLE("service-unavailable", 503, "api.problem.unavailable.title", "api.problem.unavailable.detail"),
    SERVER_ERROR("server-error", 500, "api.problem.server-error.title", "api.problem.server-error.detail");

    private static final String PREFIX = "urn:reportingportals:problem:";

    private final String slug;
    private final int status;
    private final String titleKey;
    private final String detailKey;

    ProblemType(String slug, int status, String titleKey, String detailKey) {
        this.slug = slug;
        this.status = status;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public String titleKey() {
        return titleKey;
    }

    public java.util.Optional<String> detailKey() {
        return java.util.Optional.ofNullable(detailKey);
    }
}
