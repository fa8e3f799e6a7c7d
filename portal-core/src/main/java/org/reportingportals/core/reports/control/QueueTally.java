package org.reportingportals.core.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.reports.entity.ReportStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open reports counted by tenant, priority and status, as the database triggers of migration V11 keep them:
 * folded totals in {@code queue_counts} plus the changes appended since the last fold. Reading is one
 * aggregate over at most a few thousand small rows, however long the queue. Runs in the caller's transaction.
 */
@ApplicationScoped
public class QueueTally {

    /** The statuses counted: a report leaves the tally when it is assessed. */
    public static final Set<String> OPEN_STATUSES = Set.of(ReportStatus.RECEIVED.name(), ReportStatus.IN_ASSESSMENT.name());

    /** Changes folded per statement batch; a fold takes batches until fewer come back or it has done 20. */
    static final int FOLD_BATCH = 1_000;
    static final int FOLD_BATCHES = 20;

    /** One group's count. */
    public record Count(String tenantCode, boolean childInDanger, ReportStatus status, long reports) {
    }

    private record Group(String tenantCode, boolean childInDanger, String status) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Every group with at least one open report; one statement, so a concurrent fold is seen whole or not at all. */
    public List<Count> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tenant_code, child_in_danger, status, SUM(n) FROM ("
                        + "SELECT tenant_code, child_in_danger, status, reports AS n FROM queue_counts UNION ALL "
                        + "SELECT tenant_code, child_in_danger, status, delta AS n FROM queue_count_changes) c "
                        + "GROUP BY tenant_code, child_in_danger, status")
                .getResultList();
        return rows.stream()
                .map(row -> new Count((String) row[0], asBoolean(row[1]), ReportStatus.valueOf((String) row[2]),
                        ((Number) row[3]).longValue()))
                .filter(count -> count.reports() > 0)
                .toList();
    }

    /**
     * Moves the oldest changes into the totals, up to {@link #FOLD_BATCHES} batches of {@link #FOLD_BATCH}, and
     * returns how many, or -1 if the caller must roll back. Folds are serialised on the one row of
     * {@code queue_count_fold}, so instances folding at once never add a change twice. Each batch deletes
     * exactly the ids it read: a delete by id range would also take a change that committed inside the range
     * after the read, unsummed (writers commit out of id order all the time under load).
     */
    public int fold() {
        em.createNativeQuery("SELECT id FROM queue_count_fold WHERE id = 1 FOR UPDATE").getResultList();
        int folded = 0;
        for (int batch = 0; batch < FOLD_BATCHES; batch++) {
            int moved = foldBatch();
            if (moved < 0) {
                return -1;
            }
            folded += moved;
            if (moved < FOLD_BATCH) {
                break;
            }
        }
        return folded;
    }

    private int foldBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT id, tenant_code, child_in_danger, status, delta "
                        + "FROM queue_count_changes ORDER BY id")
                .setMaxResults(FOLD_BATCH)
                .getResultList();
        if (changes.isEmpty()) {
            return 0;
        }
        Map<Group, Long> sums = new LinkedHashMap<>();
        for (Object[] change : changes) {
            sums.merge(new Group((String) change[1], asBoolean(change[2]), (String) change[3]),
                    ((Number) change[4]).longValue(), Long::sum);
        }
        var delete = em.createNativeQuery("DELETE FROM queue_count_changes WHERE id IN ("
                + String.join(", ", java.util.Collections.nCopies(changes.size(), "?")) + ")");
        for (int i = 0; i < changes.size(); i++) {
            delete.setParameter(i + 1, ((Number) changes.get(i)[0]).longValue());
        }
        if (delete.executeUpdate() != changes.size()) {
            return -1; // only a fold deletes changes, and folds take turns: not expected, but never count twice
        }
        sums.forEach((group, sum) -> {
            int updated = em.createNativeQuery("UPDATE queue_counts SET reports = reports + ?1 "
                            + "WHERE tenant_code = ?2 AND child_in_danger = ?3 AND status = ?4")
                    .setParameter(1, sum).setParameter(2, group.tenantCode()).setParameter(3, group.childInDanger())
                    .setParameter(4, group.status()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO queue_counts (tenant_code, child_in_danger, status, reports) "
                                + "VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, group.tenantCode()).setParameter(2, group.childInDanger())
                        .setParameter(3, group.status()).setParameter(4, sum).executeUpdate();
            }
        });
        return changes.size();
    }

    static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
