package org.reportingportals.tenant.directory.entity;

/** Lifecycle of a portal: only {@code LIVE} portals accept reports. */
public enum TenantStatus {
    DRAFT, LIVE, SUSPENDED;

    public boolean acceptsReports() {
        return this == LIVE;
    }
}
