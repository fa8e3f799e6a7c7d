package org.reportingportals.core.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.audit.control.AuditTrail;
import org.reportingportals.core.audit.entity.AuditEvent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Browsing the audit trail, for the API and the console alike: newest first, filtered by whatever is given. */
@ApplicationScoped
public class AuditEvents {

    @Inject
    AuditTrail trail;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> search(Optional<UUID> reportId, Optional<String> actor, Optional<String> action, int limit) {
        return trail.search(reportId, actor, action, limit);
    }
}
