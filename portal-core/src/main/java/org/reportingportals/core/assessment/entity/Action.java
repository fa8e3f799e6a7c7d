package org.reportingportals.core.assessment.entity;

import java.util.Arrays;
import java.util.Optional;

/** What the hotline does about a URL. */
public enum Action {
    NOTICE_AND_TAKEDOWN("notice-and-takedown"), REFER_HOTLINE("refer-hotline"), REFER_POLICE("refer-police"), NONE("none");

    private final String code;

    Action(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Action> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
