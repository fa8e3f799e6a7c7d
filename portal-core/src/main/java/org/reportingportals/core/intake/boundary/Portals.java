package org.reportingportals.core.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant a request addresses, from its path only. Unknown codes and portals that do not accept
 * reports answer 404; nothing falls back to another tenant.
 */
@ApplicationScoped
public class Portals {

    @Inject
    TenantDirectory directory;

    private final Map<String, LocaleNegotiator> negotiators = new ConcurrentHashMap<>();

    public Tenant live(String code) {
        return directory.find(code).filter(t -> t.status().acceptsReports())
                .orElseThrow(() -> new ProblemException(ProblemType.TENANT_NOT_FOUND));
    }

    public LocaleNegotiator locales(Tenant tenant) {
        return negotiators.computeIfAbsent(tenant.code(),
                code -> new LocaleNegotiator(tenant.locales(), tenant.defaultLocale()));
    }
}
