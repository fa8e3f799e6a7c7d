package org.reportingportals.tenant.directory.entity;

import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A partner country's reporting portal, as far as the platform core needs it.
 *
 * @param code          lowercase ISO 3166-1 alpha-2 or a short slug; the path prefix and the reference prefix
 * @param names         display name per BCP 47 tag
 * @param defaultLocale the locale used when nothing better matches; one of {@code locales}
 * @param locales       the languages the portal offers, in the partner's order
 * @param status        whether the portal accepts reports
 */
public record Tenant(String code, Map<String, String> names, ULocale defaultLocale, List<ULocale> locales,
                     TenantStatus status) {

    private static final Pattern CODE = Pattern.compile("[a-z]{2}|[a-z][a-z0-9-]{2,31}");

    public Tenant {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("tenant code must be ISO 3166-1 alpha-2 or a lowercase slug: " + code);
        }
        names = Map.copyOf(names);
        locales = List.copyOf(locales);
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(status, "status");
        if (!locales.contains(defaultLocale)) {
            throw new IllegalArgumentException("tenant " + code + ": default locale " + defaultLocale
                    + " is not among its locales " + locales);
        }
    }

    /** True when {@code candidate} could be a tenant code at all (cheap check before any lookup). */
    public static boolean isWellFormedCode(String candidate) {
        return candidate != null && CODE.matcher(candidate).matches();
    }

    /** The prefix of public references, e.g. {@code UG}. */
    public String referencePrefix() {
        return code.toUpperCase(java.util.Locale.ROOT).replace("-", "");
    }
}
