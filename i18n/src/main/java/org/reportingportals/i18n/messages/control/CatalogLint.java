package org.reportingportals.i18n.messages.control;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules every catalog keeps: the same keys as root, patterns that parse as ICU MessageFormat, the same
 * argument names as root, and no HTML unless the key ends in {@code .html}. Each problem is one readable line
 * naming locale and key.
 */
public final class CatalogLint {

    private CatalogLint() {
    }

    public static List<String> check(Map<String, String> root, ULocale locale, Map<String, String> entries) {
        List<String> problems = new ArrayList<>();
        String tag = locale.toLanguageTag();
        for (String key : new TreeSet<>(root.keySet())) {
            if (!entries.containsKey(key)) {
                problems.add(tag + ": " + key + ": missing");
            }
        }
        for (String key : new TreeSet<>(entries.keySet())) {
            if (!root.containsKey(key)) {
                problems.add(tag + ": " + key + ": not in the root catalog");
                continue;
            }
            problems.addAll(checkMessage(tag, key, root.get(key), entries.get(key)));
        }
        return problems;
    }

    /** One message against its root pattern. */
    public static List<String> checkMessage(String tag, String key, String rootPattern, String pattern) {
        List<String> problems = new ArrayList<>();
        Set<String> names;
        try {
            names = argumentNames(pattern);
        } catch (IllegalArgumentException e) {
            problems.add(tag + ": " + key + ": not valid ICU MessageFormat (" + e.getMessage() + ")");
            return problems;
        }
        Set<String> expected = argumentNames(rootPattern);
        if (!names.equals(expected)) {
            problems.add(tag + ": " + key + ": arguments " + names + " differ from root " + expected);
        }
        if (!key.endsWith(".html") && pattern.matches("(?s).*<[a-zA-Z/!].*")) {
            problems.add(tag + ": " + key + ": contains HTML");
        }
        return problems;
    }

    static Set<String> argumentNames(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }
}
