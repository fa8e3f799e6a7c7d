package org.reportingportals.core.audit.entity;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of act the trail records. The code is what is stored and what the trail is filtered by. */
public enum AuditAction {
    REPORT_CLAIM("report.claim"),
    REPORT_RENEW("report.renew"),
    REPORT_RELEASE("report.release"),
    REPORT_VIEW("report.view"),
    URL_ASSESS("url.assess"),
    URL_ASSESS_DUPLICATE("url.assess.duplicate"),
    REPORT_ASSESSED("report.assessed"),
    REVIEW_REQUEST("review.request"),
    REVIEW_DECIDE("review.decide"),
    TAKEDOWN_REMOVED("takedown.removed"),
    ASSESSMENTS_EXPORT("assessments.export"),
    TENANT_CREATE("tenant.create"),
    TENANT_STATUS("tenant.status"),
    TENANT_DRAFT_SAVE("tenant.draft.save"),
    TENANT_DRAFT_DISCARD("tenant.draft.discard"),
    TENANT_PREVIEW("tenant.preview"),
    TENANT_PUBLISH("tenant.publish"),
    TENANT_ROLLBACK("tenant.rollback"),
    TENANT_LOGO_UPLOAD("tenant.logo.upload"),
    TENANT_TRANSLATIONS_SAVE("tenant.translations.save"),
    TENANT_LOCALE_ADD("tenant.locale.add");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
