package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.reportingportals.core.platform.control.DatabaseClock;
import org.reportingportals.core.platform.entity.UtcInstantConverter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs periodic work once per tick across every instance that shares the database. A job's ticks are numbered by
 * the database's clock ({@code floor(epoch millis / period)}), so all instances agree on which tick is current
 * however their own clocks drift. Each instance asks more often than the period (see {@link #askEvery}); the first
 * to ask in a tick claims it: it locks the job's row in {@code job_ticks} with {@code FOR UPDATE SKIP LOCKED} where
 * the stored tick is older, stores the current one and commits. Another instance asking in the same tick finds the
 * row either locked (it skips, never waits) or already at the current tick. Works alike on PostgreSQL and on H2.
 *
 * <p>A claimed tick is spent even if its work then fails or its instance dies: the work of every job here is
 * idempotent and picks up what is left at the next tick. Every job has its row from a migration; a job without one
 * never runs.
 */
@ApplicationScoped
public class JobTicks {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DatabaseClock clock;

    /** How often an instance should ask for a job's tick: twice a period, so no tick passes unasked. */
    public static Duration askEvery(Duration period) {
        return period.dividedBy(2);
    }

    /** The number of the tick {@code now} falls in; tick n spans [n period, (n + 1) period) since the epoch. */
    static long tickAt(Instant now, Duration period) {
        return Math.floorDiv(now.toEpochMilli(), period.toMillis());
    }

    /**
     * Claims the current tick of {@code job} for this instance and commits the claim.
     *
     * @return true when this instance is to do the tick's work; false when another instance claimed it first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration period) {
        Instant now = clock.now();
        long tick = tickAt(now, period);
        List<?> free = em.createNativeQuery("SELECT job FROM job_ticks WHERE job = ?1 AND tick < ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, job).setParameter(2, tick).getResultList();
        if (free.isEmpty()) {
            return false;
        }
        em.createNativeQuery("UPDATE job_ticks SET tick = ?1, claimed_at = ?2 WHERE job = ?3")
                .setParameter(1, tick).setParameter(2, UtcInstantConverter.parameter(now)).setParameter(3, job)
                .executeUpdate();
        return true;
    }
}
