package org.reportingportals.core.reports.entity;

import java.util.Arrays;
import java.util.Optional;

/** How the reporter wants to hear back: not at all, by checking the receipt, or by email. */
public enum FeedbackPreference {
    NONE("none"), RECEIPT("receipt"), EMAIL("email");

    private final String code;

    FeedbackPreference(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FeedbackPreference> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
