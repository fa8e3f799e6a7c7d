package org.reportingportals.core.assessment.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    /** Waiting = never claimed or released, or claimed under a lease that has run out. */
    private static final String WAITING = "(status = 'RECEIVED' OR (status = 'IN_ASSESSMENT' AND lease_until <= ?1))";

    private static final String HEAD_OF_QUEUE = "SELECT id FROM reports WHERE " + WAITING
            + " ORDER BY child_in_danger DESC, received_at ASC, seq ASC LIMIT 1 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    // injected as text: Payara's config injection has no Duration converter
    @Inject
    @ConfigProperty(name = "portal.queue.lease", defaultValue = "PT15M")
    String leaseSetting;

    @Inject
    @ConfigProperty(name = "portal.queue.max-lease", defaultValue = "PT2H")
    String maxLeaseSetting;

    private Duration defaultLease;
    private Duration maxLease;

    @PostConstruct
    void readSettings() {
        defaultLease = Duration.parse(leaseSetting);
        maxLease = Duration.parse(maxLeaseSetting);
        if (defaultLease.isNegative() || defaultLease.isZero() || defaultLease.compareTo(maxLease) > 0) {
            throw new IllegalStateException("portal.queue.lease must be positive and at most portal.queue.max-lease");
        }
    }

    /** The lease a claim gets unless it asks for another ({@code portal.queue.lease}). */
    public Duration defaultLease() {
        return defaultLease;
    }

    /** The longest lease a claim may ask for ({@code portal.queue.max-lease}). */
    public Duration maxLease() {
        return maxLease;
    }

    /** The highest-priority waiting report, now leased to {@code analyst}; empty when nothing waits. */
    public Optional<Report> claimNext(Analyst analyst, Instant now, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(HEAD_OF_QUEUE).setParameter(1, utc(now)).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Report report = em.find(Report.class, ids.get(0).toString());
        report.claimBy(analyst.id(), now, now.plus(lease));
        return Optional.of(report);
    }

    /** The reports {@code analyst} holds under a live lease, oldest lease end first. */
    public List<Report> heldBy(Analyst analyst, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM reports WHERE status = 'IN_ASSESSMENT' AND claimed_by = ?1 "
                        + "AND lease_until > ?2 ORDER BY lease_until")
                .setParameter(1, analyst.id()).setParameter(2, utc(now)).getResultList();
        return ids.stream().map(id -> em.find(Report.class, id.toString())).toList();
    }

    /** Extends the lease of a report {@code analyst} holds; false when the claim is not (or no longer) theirs. */
    public Optional<Report> renew(UUID reportId, Analyst analyst, Instant now, Duration lease) {
        Report report = em.find(Report.class, reportId.toString());
        if (report == null || !report.isLeasedTo(analyst.id(), now)) {
            return Optional.empty();
        }
        report.renewBy(analyst.id(), now, now.plus(lease));
        return Optional.of(report);
    }

    /** Gives a report back; false when {@code analyst} holds no claim on it. */
    public boolean release(UUID reportId, Analyst analyst) {
        Report report = em.find(Report.class, reportId.toString());
        if (report == null || !report.isClaimedBy(analyst.id())) {
            return false;
        }
        report.releaseBy(analyst.id());
        return true;
    }

    public QueueCounts counts(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT tenant_code, child_in_danger, waiting, COUNT(*), MIN(received_at) FROM ("
                                + "SELECT tenant_code, child_in_danger, received_at, CASE WHEN " + WAITING
                                + " THEN 1 ELSE 0 END AS waiting FROM reports WHERE status <> 'ASSESSED') q "
                                + "GROUP BY tenant_code, child_in_danger, waiting")
                .setParameter(1, utc(now))
                .getResultList();
        Map<String, long[]> perTenant = new LinkedHashMap<>(); // waiting, claimed, child-in-danger waiting
        Map<String, Instant> oldestPerTenant = new LinkedHashMap<>();
        Map<String, Long> byPriority = new LinkedHashMap<>();
        byPriority.put(QueuePriority.band(true), 0L);
        byPriority.put(QueuePriority.band(false), 0L);
        long waiting = 0;
        long claimed = 0;
        Instant oldest = null;
        for (Object[] row : rows) {
            String tenant = (String) row[0];
            boolean danger = asBoolean(row[1]);
            boolean isWaiting = ((Number) row[2]).intValue() == 1;
            long count = ((Number) row[3]).longValue();
            Instant min = instant(row[4]);
            long[] t = perTenant.computeIfAbsent(tenant, k -> new long[3]);
            if (isWaiting) {
                t[0] += count;
                waiting += count;
                byPriority.merge(QueuePriority.band(danger), count, Long::sum);
                if (danger) {
                    t[2] += count;
                }
                oldestPerTenant.merge(tenant, min, (a, b) -> a.isBefore(b) ? a : b);
                oldest = oldest == null || min.isBefore(oldest) ? min : oldest;
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

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
