package org.reportingportals.core.assessment.entity;

import org.reportingportals.core.reports.entity.Report;

import java.util.Comparator;

/**
 * The queue's order, in Java, mirroring the SQL of the claim ({@code ORDER BY child_in_danger DESC,
 * received_at, seq}): used where reports are ordered outside the database, and as the rule's statement.
 */
public final class QueuePriority {

    public static final Comparator<Report> ORDER = Comparator
            .comparing(Report::childInDanger, Comparator.reverseOrder())
            .thenComparing(Report::receivedAt);

    private QueuePriority() {
    }

    /** The priority band a report falls in, as shown in queue counts. */
    public static String band(boolean childInDanger) {
        return childInDanger ? "child-in-danger" : "standard";
    }
}
