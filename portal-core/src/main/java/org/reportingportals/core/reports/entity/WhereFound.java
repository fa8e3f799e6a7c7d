package org.reportingportals.core.reports.entity;

import java.util.Arrays;
import java.util.Optional;

/** Where the reporter came across the content. */
public enum WhereFound {
    WEBSITE("website"), SOCIAL_MEDIA("social-media"), CHAT("chat"), GAME("game"), EMAIL("email"), OTHER("other");

    private final String code;

    WhereFound(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WhereFound> fromCode(String code) {
        return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
    }
}
