package org.reportingportals.core.partner.entity;

import org.reportingportals.core.assessment.entity.Outcome;

/** How outcomes are grouped for partners: the legal category stays with the central team. */
public enum OutcomeGroup {
    CRIMINAL("criminal"), NOT_CRIMINAL("not-criminal"), OUTSIDE_REMIT("outside-remit"), GONE("gone"), OTHER("other");

    private final String code;

    OutcomeGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static OutcomeGroup of(Outcome outcome) {
        return switch (outcome) {
            case CRIMINAL_A, CRIMINAL_B, CRIMINAL_C -> CRIMINAL;
            case NOT_CRIMINAL -> NOT_CRIMINAL;
            case OUTSIDE_REMIT -> OUTSIDE_REMIT;
            case CONTENT_GONE -> GONE;
            case DUPLICATE, UNABLE_TO_ASSESS -> OTHER;
        };
    }
}
