package org.reportingportals.core.reports.entity;

/** The status a reporter may see: deliberately coarse, never the legal category of an outcome. */
public enum PublicStatus {
    RECEIVED("received"),
    IN_ASSESSMENT("in-assessment"),
    ACTION_TAKEN("action-taken"),
    NO_ACTION_POSSIBLE("no-action-possible");

    private final String code;

    PublicStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
