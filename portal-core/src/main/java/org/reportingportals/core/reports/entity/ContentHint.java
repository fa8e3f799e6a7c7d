package org.reportingportals.core.reports.entity;

import java.util.Arrays;
import java.util.Optional;

/** What the reporter believes the page shows; a hint for triage, never verified by the platform. */
public enum ContentHint {
    IMAGES("images"), VIDEOS("videos"), LINKS("links"), OTHER("other");

    private final String code;

    ContentHint(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ContentHint> fromCode(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
    }
}
