package org.reportingportals.tenant.directory.entity;

import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A partner country's reporting portal: typed configuration that the one code path of the platform reads.
 * Core code asks a tenant what it offers and never branches on its code.
 *
 * @param code             lowercase ISO 3166-1 alpha-2 or a short slug; path prefix and reference prefix
 * @param names            the portal's country name per language
 * @param defaultLocale    used when nothing better matches; one of {@code locales}
 * @param locales          the languages offered, in the partner's order
 * @param hostnames        the tenant's own host names, if it has any (resolution by {@code Host})
 * @param messageOverrides per BCP 47 tag, catalog keys the partner words differently
 */
public record Tenant(String code, LocalizedText names, Partner partner, ULocale defaultLocale, List<ULocale> locales,
                     TenantStatus status, Branding branding, List<Helpline> helplines, List<Helpline> emergencyNumbers,
                     Optional<SafeguardingContact> safeguarding, List<String> hostnames,
                     Map<String, Map<String, String>> messageOverrides) {

    private static final Pattern CODE = Pattern.compile("[a-z]{2}|[a-z][a-z0-9-]{2,31}");

    public Tenant {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("tenant code must be ISO 3166-1 alpha-2 or a lowercase slug: " + code);
        }
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(branding, "branding");
        locales = List.copyOf(locales);
        helplines = List.copyOf(helplines);
        emergencyNumbers = List.copyOf(emergencyNumbers);
        hostnames = List.copyOf(hostnames);
        messageOverrides = Map.copyOf(messageOverrides);
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
        return code.toUpperCase(Locale.ROOT).replace("-", "");
    }

    public String name(ULocale locale) {
        return names.in(locale, defaultLocale);
    }

    /** The partner's own wording of a message in a locale, if it has one. */
    public Optional<String> override(ULocale locale, String key) {
        return Optional.ofNullable(messageOverrides.getOrDefault(locale.toLanguageTag(), Map.of()).get(key));
    }
}
