package org.reportingportals.core.reports.entity;

import java.time.Instant;

/** How many reports of one tenant and priority are not yet assessed, waiting or claimed, and the oldest of them. */
public record OpenReports(String tenantCode, boolean childInDanger, boolean waiting, long count, Instant oldest) {
}
