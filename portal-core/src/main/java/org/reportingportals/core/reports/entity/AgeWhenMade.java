package org.reportingportals.core.reports.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How old the person shown was when the content was made, as they remember it (self-report path only; "not
 * sure" is no band at all).
 */
public enum AgeWhenMade {
    UNDER_11("under-11"), FROM_11_TO_13("11-13"), FROM_14_TO_15("14-15"), FROM_16_TO_17("16-17");

    private final String code;

    AgeWhenMade(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AgeWhenMade> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
