package org.reportingportals.core.reports.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who sent the report: someone who came across the content, or the young person shown in it (the self-report
 * path). A report from the person shown comes before other reports of the same priority in the queue.
 */
public enum Reporter {
    BYSTANDER("bystander"), PERSON_SHOWN("person-shown");

    private final String code;

    Reporter(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Reporter> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
