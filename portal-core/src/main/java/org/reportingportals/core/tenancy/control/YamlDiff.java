package org.reportingportals.core.tenancy.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A short, line-based account of what a publication changed, for the audit trail and the version list. */
final class YamlDiff {

    private YamlDiff() {
    }

    static String summary(String before, String after) {
        List<String> old = before.lines().map(String::stripTrailing).toList();
        List<String> now = after.lines().map(String::stripTrailing).toList();
        Set<String> removed = new LinkedHashSet<>(old);
        now.forEach(removed::remove);
        Set<String> added = new LinkedHashSet<>(now);
        old.forEach(added::remove);
        StringBuilder summary = new StringBuilder("+" + added.size() + " -" + removed.size() + " lines");
        added.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).limit(3)
                .forEach(l -> summary.append("; + ").append(l.length() > 40 ? l.substring(0, 40) + "..." : l));
        return summary.length() > 200 ? summary.substring(0, 200) : summary.toString();
    }
}
