package org.reportingportals.tenant.directory.entity;

import com.ibm.icu.util.ULocale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A short text given per language by a partner (a helpline's name, the partner's name). Lookup follows the
 * locale's fallback chain ({@code sw_TZ -> sw}) and ends at the given fallback locale.
 *
 * @param byTag text per BCP 47 tag, as written in the tenant file
 */
public record LocalizedText(Map<String, String> byTag) {

    public LocalizedText {
        byTag = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTag));
    }

    public Optional<String> exactly(ULocale locale) {
        return Optional.ofNullable(byTag.get(locale.toLanguageTag()));
    }

    public String in(ULocale locale, ULocale fallback) {
        for (ULocale l = locale; l != null && !l.equals(ULocale.ROOT); l = l.getFallback()) {
            String text = byTag.get(l.toLanguageTag());
            if (text != null) {
                return text;
            }
        }
        return byTag.getOrDefault(fallback.toLanguageTag(), byTag.values().stream().findFirst().orElse(""));
    }
}
