package org.reportingportals.core.reports.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * How many reports of one tenant and priority are not yet assessed, waiting or claimed, and (for the waiting)
 * the oldest of them.
 */
public record OpenReports(String tenantCode, boolean childInDanger, boolean waiting, long count, Optional<Instant> oldest) {
}
