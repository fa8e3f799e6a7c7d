package org.reportingportals.tenant.directory.control;

import com.ibm.icu.util.ULocale;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;

import java.util.List;
import java.util.Map;

/**
 * The interim demo tenants of the platform foundation.
 *
 * <p>TODO(#3): replace with the validated YAML files of tenant-config ("Localised public portals").
 */
public final class SeedTenants {

    private SeedTenants() {
    }

    public static TenantDirectory directory() {
        return new TenantDirectory(List.of(
                tenant("ug", Map.of("en", "Uganda", "sw", "Uganda"), "en", "en", "sw"),
                tenant("np", Map.of("en", "Nepal", "ne", "नेपाल"), "ne", "ne", "en"),
                tenant("in", Map.of("en", "India", "hi", "भारत"), "en", "en", "hi"),
                tenant("ma", Map.of("fr", "Maroc", "ar", "المغرب"), "ar", "ar", "fr")));
    }

    private static Tenant tenant(String code, Map<String, String> names, String defaultLocale, String... locales) {
        return new Tenant(code, names, new ULocale(defaultLocale),
                java.util.Arrays.stream(locales).map(ULocale::new).toList(), TenantStatus.LIVE);
    }
}
