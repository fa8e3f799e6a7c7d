package org.reportingportals.tenant.directory.control;

import com.ibm.icu.util.ULocale;
import org.reportingportals.tenant.directory.entity.LocalizedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Field access for one tenant file that records problems instead of throwing, so one run reports them all,
 * each as {@code <file>: <field>: <problem>}.
 */
final class FieldChecks {

    private final String file;
    private final List<String> problems;
    private boolean failed;

    FieldChecks(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(String field, String what) {
        failed = true;
        problems.add(file + ": " + field + ": " + what);
    }

    boolean failed() {
        return failed;
    }

    void onlyKnown(String prefix, Map<?, ?> map, Set<String> known) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problem(prefix + key, "unknown field (known: " + new TreeSet<>(known) + ")");
            }
        }
    }

    Optional<String> text(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (value == null) {
            problem(field, "is required");
            return Optional.empty();
        }
        if (!(value instanceof String s) || s.isBlank()) {
            problem(field, "must be text");
            return Optional.empty();
        }
        return Optional.of(s.strip());
    }

    List<?> list(Map<?, ?> map, String field, boolean required) {
        Object value = map.get(field);
        if (value == null) {
            if (required) {
                problem(field, "is required");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(field, "must be a list");
            return List.of();
        }
        return list;
    }

    Optional<ULocale> locale(String field, Object value) {
        if (!(value instanceof String tag) || !tag.matches("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?")) {
            problem(field, "'" + value + "' is not a BCP 47 language tag like sw or pt-MZ");
            return Optional.empty();
        }
        return Optional.of(ULocale.forLanguageTag(tag));
    }

    LocalizedText localized(String field, Object value, Set<String> tags, String fallback, boolean required) {
        if (value instanceof String s && !s.isBlank()) {
            // one text for every language (proper names often are)
            return new LocalizedText(Map.of(fallback.isEmpty() ? "und" : fallback, s.strip()));
        }
        if (!(value instanceof Map<?, ?> map)) {
            if (required) {
                problem(field, "give a text, or a text per language");
            }
            return new LocalizedText(Map.of());
        }
        Map<String, String> byTag = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String tag = String.valueOf(k);
            if (!tags.contains(tag)) {
                problem(field + "." + tag, "is not one of the portal's locales " + tags);
            } else if (!(v instanceof String s) || s.isBlank()) {
                problem(field + "." + tag, "must be text");
            } else {
                byTag.put(tag, s.strip());
            }
        });
        if (!fallback.isEmpty() && !byTag.containsKey(fallback) && tags.contains(fallback)) {
            problem(field, "needs a text in the default locale " + fallback);
        }
        return new LocalizedText(byTag);
    }
}
