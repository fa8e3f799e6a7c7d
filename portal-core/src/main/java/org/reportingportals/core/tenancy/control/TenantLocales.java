package org.reportingportals.core.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One ICU locale matcher per language set. Keyed by the tenant's languages and default, not by its code alone,
 * so a publication that changes a portal's languages is matched at once on the API and the pages alike.
 */
@ApplicationScoped
public class TenantLocales {

    private final Map<String, LocaleNegotiator> negotiators = new ConcurrentHashMap<>();

    public LocaleNegotiator of(Tenant tenant) {
        return negotiators.computeIfAbsent(tenant.code() + "|" + tenant.defaultLocale() + "|" + tenant.locales(),
                key -> new LocaleNegotiator(tenant.locales(), tenant.defaultLocale()));
    }
}
