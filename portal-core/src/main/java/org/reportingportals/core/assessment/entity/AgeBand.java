package org.reportingportals.core.assessment.entity;

import java.util.Arrays;
import java.util.Optional;

/** The apparent age of the youngest child shown, in the bands hotlines report on. */
public enum AgeBand {
    INFANT("0-2"), YOUNG_CHILD("3-6"), CHILD("7-10"), PRE_TEEN("11-13"), TEEN("14-17"), UNKNOWN("unknown");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AgeBand> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
