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
import org.reportingportals.core.reports.control.QueueTally;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the queue's appended count changes into its totals every {@link #EVERY_MILLIS} ms, up to 20,000 in
 * one transaction (10,000 a second, well above intake and claims together at full load), so a reader of the
 * counts sums a few rows however busy intake has been. Every instance folds;
 * the fold's row lock lets only one do so at a time, and a missed tick only leaves a few more rows to sum.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class QueueTallyFolding {

    static final long EVERY_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger(QueueTallyFolding.class.getName());

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @Inject
    QueueTally tally;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void tick() {
        try {
            if (tally.fold() < 0) {
                context.setRollbackOnly(); // a fold that found changes gone: next tick
            }
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            LOG.log(Level.WARNING, "queue count fold failed ({0}); the changes stay to be summed", e.getClass().getSimpleName());
        }
    }
}
