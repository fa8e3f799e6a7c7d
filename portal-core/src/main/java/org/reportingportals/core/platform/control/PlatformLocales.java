package org.reportingportals.core.platform.control;

import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The languages of the platform as a whole (every tenant's), for answers given before a tenant is known,
 * such as an unknown path.
 */
@ApplicationScoped
public class PlatformLocales {

    private static final ULocale PLATFORM_DEFAULT = ULocale.ENGLISH;

    @Inject
    TenantDirectory tenants;

    private LocaleNegotiator negotiator;

    @PostConstruct
    void init() {
        Set<ULocale> all = new LinkedHashSet<>();
        all.add(PLATFORM_DEFAULT);
        for (Tenant tenant : tenants.all()) {
            all.addAll(tenant.locales());
        }
        negotiator = new LocaleNegotiator(java.util.List.copyOf(all), PLATFORM_DEFAULT);
    }

    public ULocale negotiate(String acceptLanguage) {
        return negotiator.matchAcceptLanguage(acceptLanguage);
    }
}
