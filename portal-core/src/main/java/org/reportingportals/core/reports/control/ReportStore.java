package org.reportingportals.core.reports.control;

import org.reportingportals.core.platform.entity.UtcInstantConverter;
import org.reportingportals.core.reports.entity.OpenReports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportStatus;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds and keeps reports: the one place that reads and writes the {@code reports} table, so every change of a
 * report goes through the {@link Report} aggregate's own methods. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ReportStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    QueueTally tally;

    public void add(Report report) {
        em.persist(report);
        em.flush(); // surface constraint violations (idempotency key race) inside the caller's try
    }

    public Optional<Report> find(UUID id) {
        return Optional.ofNullable(em.find(Report.class, id.toString()));
    }

    /**
     * The report, its row locked ({@code SELECT ... FOR UPDATE}) until the caller's transaction ends: read this
     * way, what a write depends on (status, holder, lease end) cannot change before the write commits. Call it
     * before the report is read any other way in the transaction, so the state comes from the locked read.
     */
    public Optional<Report> lock(UUID id) {
        return Optional.ofNullable(em.find(Report.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Locks these reports in one order, by id, whoever asks: two transactions that each need several of the same
     * reports then wait for each other instead of deadlocking. Missing ids are left out; the result is in id order.
     */
    public List<Report> lockInIdOrder(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).distinct().sorted()
                .map(id -> em.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(Objects::nonNull).toList();
    }

    /**
     * The ids of the reports other than {@code reportId} that are not yet assessed and hold the same page as its
     * URL {@code urlId}: the reports "apply to duplicates" may write, to be locked before anything is read. Ids
     * only, so no row is loaded before its lock; an assessed report is final and needs none.
     */
    public List<UUID> openSharingPage(UUID reportId, UUID urlId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT DISTINCT r.id FROM reported_urls x"
                        + " JOIN reported_urls u ON u.normalised_hash = x.normalised_hash AND u.report_id <> x.report_id"
                        + " JOIN reports r ON r.id = u.report_id"
                        + " WHERE x.id = ?1 AND x.report_id = ?2 AND r.status <> 'ASSESSED'")
                .setParameter(1, urlId.toString()).setParameter(2, reportId.toString()).getResultList();
        return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
    }

    public Optional<Report> byReference(Reference reference) {
        return em.createNamedQuery(Report.BY_REFERENCE, Report.class)
                .setParameter("reference", reference.value())
                .getResultStream().findFirst();
    }

    public Optional<Report> byIdempotencyKey(String tenantCode, String keyHash) {
        return em.createNamedQuery(Report.BY_IDEMPOTENCY_KEY, Report.class)
                .setParameter("tenant", tenantCode)
                .setParameter("keyHash", keyHash)
                .getResultStream().findFirst();
    }

    public boolean referenceTaken(Reference reference) {
        return em.createNamedQuery(Report.COUNT_BY_REFERENCE, Long.class)
                .setParameter("reference", reference.value())
                .getSingleResult() > 0;
    }

    private static final String CLAIM_ORDER = " ORDER BY child_in_danger DESC, person_shown DESC, received_at ASC, seq ASC LIMIT 1 FOR UPDATE SKIP LOCKED";

    /** The head of the reports never claimed (or given back): read from ix_reports_claim, no sort. */
    private static final String HEAD_OF_RECEIVED = "SELECT id, child_in_danger, person_shown, received_at, seq FROM reports"
            + " WHERE status = 'RECEIVED'" + CLAIM_ORDER;

    /** The head of the reports whose lease ran out: few rows at any time (one per analyst at most, roughly). */
    private static final String HEAD_OF_EXPIRED = "SELECT id, child_in_danger, person_shown, received_at, seq FROM reports"
            + " WHERE status = 'IN_ASSESSMENT' AND lease_until <= ?1" + CLAIM_ORDER;

    /**
     * The highest-priority waiting report (a child in danger first, then one sent by the person shown, then the
     * oldest, then intake order), locked
     * until the caller's transaction ends; other transactions skip it instead of waiting for it. Waiting reports
     * are the received ones and those whose lease ran out; each kind's head is one index read, the better of
     * the two is the head of the queue. (One query with an {@code OR} over both could use no index in claim
     * order, and sorted the whole queue on every claim.)
     */
    public Optional<Report> lockHeadOfQueue(Instant now) {
        Optional<Object[]> expired = head(em.createNativeQuery(HEAD_OF_EXPIRED).setParameter(1, UtcInstantConverter.parameter(now)));
        Optional<Object[]> received = head(em.createNativeQuery(HEAD_OF_RECEIVED));
        Optional<Object[]> first = expired.isEmpty() ? received : received.isEmpty() ? expired
                : comesFirst(expired.get(), received.get()) ? expired : received;
        return first.map(row -> em.find(Report.class, row[0].toString()));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object[]> head(jakarta.persistence.Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst();
    }

    /** Claim order on the selected columns: child in danger, person shown, then received time, then intake sequence. */
    static boolean comesFirst(Object[] a, Object[] b) {
        for (int flag = 1; flag <= 2; flag++) {
            boolean flagA = QueueTally.asBoolean(a[flag]);
            boolean flagB = QueueTally.asBoolean(b[flag]);
            if (flagA != flagB) {
                return flagA;
            }
        }
        int byTime = UtcInstantConverter.column(a[3]).compareTo(UtcInstantConverter.column(b[3]));
        if (byTime != 0) {
            return byTime < 0;
        }
        return ((Number) a[4]).longValue() < ((Number) b[4]).longValue();
    }

    /** The reports an analyst holds under a live lease, the lease ending first first. */
    public List<Report> heldBy(String analyst, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM reports WHERE status = 'IN_ASSESSMENT' AND claimed_by = ?1 "
                        + "AND lease_until > ?2 ORDER BY lease_until")
                .setParameter(1, analyst).setParameter(2, UtcInstantConverter.parameter(now)).getResultList();
        return ids.stream().map(id -> em.find(Report.class, id.toString())).toList();
    }

    /**
     * Reports not yet assessed, counted by tenant, priority and whether they wait, without counting a row: the
     * totals are kept by {@link QueueTally}; the leases that ran out (waiting again, though still marked
     * claimed) are read from {@code ix_reports_lease}, and the oldest waiting report of each group is one probe
     * of {@code ix_reports_tenant_waiting}. The claimed groups carry no oldest time.
     */
    public List<OpenReports> open(Instant now) {
        Map<List<Object>, long[]> byGroup = new TreeMap<>(GROUP_ORDER); // received, claimed
        for (QueueTally.Count count : tally.read()) {
            long[] group = byGroup.computeIfAbsent(List.of(count.tenantCode(), count.childInDanger()), k -> new long[2]);
            group[count.status() == ReportStatus.RECEIVED ? 0 : 1] += count.reports();
        }
        Map<List<Object>, Object[]> expired = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tenant_code, child_in_danger, COUNT(*), MIN(received_at) "
                        + "FROM reports WHERE status = 'IN_ASSESSMENT' AND lease_until <= ?1 "
                        + "GROUP BY tenant_code, child_in_danger")
                .setParameter(1, UtcInstantConverter.parameter(now))
                .getResultList();
        for (Object[] row : rows) {
            List<Object> key = List.of(row[0], QueueTally.asBoolean(row[1]));
            expired.put(key, row);
            byGroup.computeIfAbsent(key, k -> new long[2]);
        }
        Map<List<Object>, Instant> oldestReceived = oldestReceived(byGroup.entrySet().stream()
                .filter(group -> group.getValue()[0] > 0).map(Map.Entry::getKey).toList());
        List<OpenReports> open = new ArrayList<>();
        byGroup.forEach((key, counts) -> {
            String tenant = (String) key.get(0);
            boolean danger = (Boolean) key.get(1);
            Object[] lapsed = expired.get(key);
            long lapsedCount = lapsed == null ? 0 : ((Number) lapsed[2]).longValue();
            Optional<Instant> oldest = Optional.ofNullable(oldestReceived.get(key));
            if (lapsed != null) {
                Instant lapsedOldest = UtcInstantConverter.column(lapsed[3]);
                oldest = Optional.of(oldest.filter(o -> o.isBefore(lapsedOldest)).orElse(lapsedOldest));
            }
            long waiting = counts[0] + lapsedCount;
            // the tally and the lapsed leases are two statements: a claim between them must not go negative
            long claimed = Math.max(0, counts[1] - lapsedCount);
            if (waiting > 0) {
                open.add(new OpenReports(tenant, danger, true, waiting, oldest));
            }
            if (claimed > 0) {
                open.add(new OpenReports(tenant, danger, false, claimed, Optional.empty()));
            }
        });
        return open;
    }

    private static final Comparator<List<Object>> GROUP_ORDER = Comparator
            .<List<Object>, String>comparing(k -> (String) k.get(0))
            .thenComparing(k -> !(Boolean) k.get(1));

    /**
     * The oldest received report of each (tenant, priority) group: one statement of one index probe per group
     * ({@code ix_reports_tenant_waiting}), so the round trips do not grow with the number of tenants.
     */
    private Map<List<Object>, Instant> oldestReceived(List<List<Object>> groups) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i)
                    .append(" AS g, (SELECT MIN(received_at) FROM reports WHERE tenant_code = ?").append(2 * i + 1)
                    .append(" AND status = 'RECEIVED' AND child_in_danger = ?").append(2 * i + 2).append(") AS oldest");
        }
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < groups.size(); i++) {
            query.setParameter(2 * i + 1, groups.get(i).get(0)).setParameter(2 * i + 2, groups.get(i).get(1));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<List<Object>, Instant> oldest = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                oldest.put(groups.get(((Number) row[0]).intValue()), UtcInstantConverter.column(row[1]));
            }
        }
        return oldest;
    }

    /**
     * Deletes the contact address of every report received before {@code cutoff} (crypto-shredding: the
     * ciphertext goes, and the request fingerprint that covered it, as {@link Report#shredContact} does); one
     * statement, as retention may reach many rows. Returns how many.
     */
    public int shredContactsReceivedBefore(Instant cutoff) {
        return em.createNativeQuery("UPDATE reports SET contact_ciphertext = NULL, request_fingerprint = NULL "
                        + "WHERE contact_ciphertext IS NOT NULL AND received_at < ?1")
                .setParameter(1, UtcInstantConverter.parameter(cutoff))
                .executeUpdate();
    }
}
