package org.reportingportals.core.feedback.boundary;

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
import org.reportingportals.core.feedback.control.Delivery;
import org.reportingportals.core.feedback.control.Mailer;
import org.reportingportals.core.feedback.entity.MailSettings;
import org.reportingportals.core.platform.boundary.JobTicks;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drives the outbox once per {@code portal.mail.poll} across all instances: the instance that claims the tick
 * ({@link JobTicks}) delivers what is due, one claim, one SMTP exchange (outside any transaction) and one recorded
 * result at a time; contact retention is a job of its own, run whether or not mail is sent.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxPump {

    static final String DELIVERY_JOB = "feedback-outbox";
    static final String RETENTION_JOB = "contact-retention";
    private static final Logger LOG = Logger.getLogger(OutboxPump.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    JobTicks ticks;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings settings;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long millis = JobTicks.askEvery(settings.poll()).toMillis();
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
            if (delivery.sending() && ticks.claim(DELIVERY_JOB, settings.poll())) {
                deliverDue();
            }
            if (ticks.claim(RETENTION_JOB, settings.poll())) {
                delivery.applyRetention();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox tick failed ({0})", e.getClass().getSimpleName());
        }
    }

    private void deliverDue() {
        for (int i = 0; i < BATCH; i++) {
            Optional<Delivery> claimed = delivery.claimNext();
            if (claimed.isEmpty()) {
                return;
            }
            claimed.get().letter().ifPresent(letter -> send(claimed.get(), letter));
        }
    }

    /** The SMTP exchange, in no transaction: the claim is committed, the result is recorded after. */
    private void send(Delivery claimed, Delivery.Letter letter) {
        try {
            mailer.send(letter.to(), letter.mail());
        } catch (Exception failure) {
            delivery.failed(claimed, failure.getClass().getSimpleName());
            return;
        }
        delivery.sent(claimed);
    }
}
