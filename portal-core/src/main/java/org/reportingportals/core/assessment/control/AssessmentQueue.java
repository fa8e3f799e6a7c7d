package org.reportingportals.core.assessment.control;

import org.reportingportals.core.assessment.entity.QueueSettings;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.reports.entity.OpenReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.QueueCounts;
import org.reportingportals.core.assessment.entity.QueuePriority;
import org.reportingportals.core.reports.entity.Report;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims, releases and counts. Runs inside the caller's transaction; a claim's row lock lasts until that
 * transaction ends, which is what makes concurrent claims hand out different reports.
 */
@ApplicationScoped
public class AssessmentQueue {

    @Inject
    ReportStore reports;

    @Inject
    QueueSettings settings;

    /** The lease a claim gets unless it asks for another ({@code portal.queue.lease}). */
    public Duration defaultLease() {
        return settings.lease();
    }

    /** The longest lease a claim may ask for ({@code portal.queue.max-lease}). */
    public Duration maxLease() {
        return settings.maxLease();
    }

    /** The highest-priority waiting report, now leased to {@code analyst}; empty when nothing waits. */
    public Optional<Report> claimNext(Analyst analyst, Instant now, Duration lease) {
        // both databases re-check the query's condition on the row they lock, so the head is claimable; checked
        // again on the locked row all the same, as a claim handed to a second live holder is the one thing the
        // queue must never do (then this claim finds nothing, and the analyst asks again)
        Optional<Report> head = reports.lockHeadOfQueue(now).filter(report -> report.isClaimable(now));
        head.ifPresent(report -> report.claimBy(analyst.id(), now, now.plus(lease)));
        return head;
    }

    /** The reports {@code analyst} holds under a live lease, oldest lease end first. */
    public List<Report> heldBy(Analyst analyst, Instant now) {
        return reports.heldBy(analyst.id(), now);
    }

    /**
     * Extends the lease of a report {@code analyst} holds; empty when the claim is not (or no longer) theirs. The
     * row is locked first, so a lease that ran out and went to someone else cannot be renewed from a stale read.
     */
    public Optional<Report> renew(UUID reportId, Analyst analyst, Instant now, Duration lease) {
        Report report = reports.lock(reportId).orElse(null);
        if (report == null || !report.isLeasedTo(analyst.id(), now)) {
            return Optional.empty();
        }
        report.renewBy(analyst.id(), now, now.plus(lease));
        return Optional.of(report);
    }

    /** Gives a report back; false when {@code analyst} holds no claim on it (checked on the locked row). */
    public boolean release(UUID reportId, Analyst analyst) {
        Report report = reports.lock(reportId).orElse(null);
        if (report == null || !report.isClaimedBy(analyst.id())) {
            return false;
        }
        report.releaseBy(analyst.id());
        return true;
    }

    public QueueCounts counts(Instant now) {
        Map<String, long[]> perTenant = new LinkedHashMap<>(); // waiting, claimed, child-in-danger waiting
        Map<String, Instant> oldestPerTenant = new LinkedHashMap<>();
        Map<String, Long> byPriority = new LinkedHashMap<>();
        byPriority.put(QueuePriority.band(true), 0L);
        byPriority.put(QueuePriority.band(false), 0L);
        long waiting = 0;
        long claimed = 0;
        Instant oldest = null;
        for (OpenReports row : reports.open(now)) {
            String tenant = row.tenantCode();
            boolean danger = row.childInDanger();
            boolean isWaiting = row.waiting();
            long count = row.count();
            Optional<Instant> min = row.oldest();
            long[] t = perTenant.computeIfAbsent(tenant, k -> new long[3]);
            if (isWaiting) {
                t[0] += count;
                waiting += count;
                byPriority.merge(QueuePriority.band(danger), count, Long::sum);
                if (danger) {
                    t[2] += count;
                }
                if (min.isPresent()) {
                    oldestPerTenant.merge(tenant, min.get(), (a, b) -> a.isBefore(b) ? a : b);
                    oldest = oldest == null || min.get().isBefore(oldest) ? min.get() : oldest;
                }
            } else {
                t[1] += count;
                claimed += count;
            }
        }
        List<QueueCounts.TenantCounts> tenants = new ArrayList<>();
        perTenant.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tenants.add(
                new QueueCounts.TenantCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        Optional.ofNullable(oldestPerTenant.get(e.getKey())))));
        return new QueueCounts(waiting, claimed, Optional.ofNullable(oldest), byPriority, tenants);
    }

}
