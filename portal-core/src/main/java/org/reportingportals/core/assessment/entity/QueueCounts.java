package org.reportingportals.core.assessment.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue at a glance.
 *
 * @param waiting          claimable now (never claimed, released, or lease expired)
 * @param claimed          under a live lease
 * @param oldestWaiting    received time of the oldest waiting report
 * @param byPriority       waiting reports per priority band
 * @param byTenant         per tenant
 */
public record QueueCounts(long waiting, long claimed, Optional<Instant> oldestWaiting, Map<String, Long> byPriority,
                          List<TenantCounts> byTenant) {

    public record TenantCounts(String tenant, long waiting, long claimed, long childInDanger,
                               Optional<Instant> oldestWaiting) {
    }
}
