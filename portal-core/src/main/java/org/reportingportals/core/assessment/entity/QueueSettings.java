package org.reportingportals.core.assessment.entity;

import org.reportingportals.core.platform.entity.SettingsGroup;

import java.time.Duration;

/**
 * The queue's leases ({@code portal.queue.lease}, {@code portal.queue.max-lease}): what a claim gets, and the
 * longest one may ask for.
 */
public record QueueSettings(Duration lease, Duration maxLease) implements SettingsGroup {

    public QueueSettings {
        if (lease.isNegative() || lease.isZero() || lease.compareTo(maxLease) > 0) {
            throw new IllegalStateException("portal.queue.lease (" + lease + ") must be positive and at most "
                    + "portal.queue.max-lease (" + maxLease + ")");
        }
    }
}
