package org.reportingportals.core.assessment.entity;

/**
 * The queue's priority bands as queue counts name them. The order itself is the claim's SQL
 * ({@code AssessmentQueue}: child in danger first, then the oldest, then intake order), tested through the real
 * query in {@code QueueIT}.
 */
public final class QueuePriority {

    private QueuePriority() {
    }

    /** The priority band a report falls in, as shown in queue counts. */
    public static String band(boolean childInDanger) {
        return childInDanger ? "child-in-danger" : "standard";
    }
}
