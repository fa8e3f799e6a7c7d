package org.reportingportals.core.feedback.boundary;

import org.reportingportals.core.feedback.entity.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Drives the outbox every {@code portal.mail.poll}: delivers what is due, then applies contact retention. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxPump {

    private static final Logger LOG = Logger.getLogger(OutboxPump.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    MailSettings settings;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long millis = settings.poll().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        if (!delivery.sending()) {
            LOG.warning("portal.mail.host is not set: feedback emails wait in the outbox until it is");
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void tick() {
        try {
            if (delivery.sending()) {
                for (int i = 0; i < BATCH && delivery.deliverNext(); i++) {
                    // one message per transaction
                }
            }
            delivery.applyRetention();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox tick failed ({0})", e.getClass().getSimpleName());
        }
    }
}
