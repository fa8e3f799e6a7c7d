package org.reportingportals.core.reports.entity;

/** Where a report is in the central queue. */
public enum ReportStatus {
    /** Waiting in the queue. */
    RECEIVED,
    /** Claimed by an analyst under a lease; an expired lease makes it claimable again. */
    IN_ASSESSMENT,
    /** Every URL assessed. */
    ASSESSED
}
