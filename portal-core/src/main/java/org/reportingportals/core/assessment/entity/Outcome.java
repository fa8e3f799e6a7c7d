package org.reportingportals.core.assessment.entity;

import java.util.Arrays;
import java.util.Optional;

/** What an analyst found at a URL. The A/B/C grades are the UK categories of indecent images of children. */
public enum Outcome {
    CRIMINAL_A("criminal-a", true), CRIMINAL_B("criminal-b", true), CRIMINAL_C("criminal-c", true),
    NOT_CRIMINAL("not-criminal", false), OUTSIDE_REMIT("outside-remit", false), CONTENT_GONE("content-gone", false),
    DUPLICATE("duplicate", false), UNABLE_TO_ASSESS("unable-to-assess", false);

    private final String code;
    private final boolean criminal;

    Outcome(String code, boolean criminal) {
        this.code = code;
        this.criminal = criminal;
    }

    public String code() {
        return code;
    }

    public boolean criminal() {
        return criminal;
    }

    public static Optional<Outcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
