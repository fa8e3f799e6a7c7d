package org.reportingportals.core.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.reportingportals.core.audit.entity.AuditAction;
import org.reportingportals.core.tenancy.entity.TenantChanged;

import java.util.Optional;

/** Writes the trail of partner and platform administration, in the transaction of each change. */
@ApplicationScoped
public class TenantAudit {

    @Inject
    AuditTrail trail;

    void changed(@Observes TenantChanged e) {
        trail.record(e.actor(), action(e.change()), Optional.empty(), Optional.of(e.detail()), e.at());
    }

    static AuditAction action(TenantChanged.Change change) {
        return switch (change) {
            case CREATED -> AuditAction.TENANT_CREATE;
            case STATUS_CHANGED -> AuditAction.TENANT_STATUS;
            case DRAFT_SAVED -> AuditAction.TENANT_DRAFT_SAVE;
            case DRAFT_DISCARDED -> AuditAction.TENANT_DRAFT_DISCARD;
            case PREVIEWED -> AuditAction.TENANT_PREVIEW;
            case PUBLISHED -> AuditAction.TENANT_PUBLISH;
            case ROLLED_BACK -> AuditAction.TENANT_ROLLBACK;
            case LOGO_UPLOADED -> AuditAction.TENANT_LOGO_UPLOAD;
            case TRANSLATIONS_SAVED -> AuditAction.TENANT_TRANSLATIONS_SAVE;
            case LOCALE_ADDED -> AuditAction.TENANT_LOCALE_ADD;
        };
    }
}
