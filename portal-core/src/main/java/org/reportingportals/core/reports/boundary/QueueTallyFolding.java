package org.reportingportals.core.reports.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.reportingportals.core.platform.boundary.JobTicks;
import org.reportingportals.core.reports.control.QueueTally;

import java.time.Duration;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the queue's appended count changes into its totals every {@link #EVERY_MILLIS} ms, up to 20,000 in
 * one transaction (10,000 a second, well above intake and claims together at full load), so a reader of the
 * counts sums a few rows however busy intake has been.
 *
 * <p>With several instances: every instance's timer asks, one instance folds per tick ({@link JobTicks}, by the
 * database's clock), so the others neither fold for nothing nor hold a connection waiting. Correctness does not
 * rest on that: a fold takes the one row of {@code queue_count_fold} {@code FOR UPDATE} first, so two folds (a
 * slow one overrunning into the next tick) run one after the other, and each deletes exactly the changes it
 * summed, so the second finds them gone and never counts one twice. A missed tick only leaves a few more rows
 * to sum. The timer is not persistent: each instance has its own, none survives the instance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class QueueTallyFolding {

    static final long EVERY_MILLIS = 2_000;
    static final String JOB = "queue-count-fold";
    private static final Logger LOG = Logger.getLogger(QueueTallyFolding.class.getName());

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @Inject
    QueueTally tally;

    @Inject
    JobTicks ticks;

    @PostConstruct
    void start() {
        long ask = JobTicks.askEvery(Duration.ofMillis(EVERY_MILLIS)).toMillis();
        timers.createIntervalTimer(ask, ask, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void tick() {
        try {
            if (!ticks.claim(JOB, Duration.ofMillis(EVERY_MILLIS))) {
                return; // another instance folds this tick
            }
            if (tally.fold() < 0) {
                context.setRollbackOnly(); // a fold that found changes gone: next tick
            }
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            LOG.log(Level.WARNING, "queue count fold failed ({0}); the changes stay to be summed", e.getClass().getSimpleName());
        }
    }
}
