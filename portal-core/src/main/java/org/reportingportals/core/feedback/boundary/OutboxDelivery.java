package org.reportingportals.core.feedback.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.reportingportals.core.feedback.control.Delivery;
import org.reportingportals.core.feedback.control.FeedbackMails;
import org.reportingportals.core.feedback.control.FeedbackOutbox;
import org.reportingportals.core.feedback.control.Mailer;
import org.reportingportals.core.feedback.entity.MailSettings;
import org.reportingportals.core.feedback.entity.OutboxMessage;
import org.reportingportals.core.platform.control.DatabaseClock;
import org.reportingportals.core.platform.entity.UtcInstantConverter;
import org.reportingportals.core.reports.control.ContactCipher;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The transaction edges of the outbox. A delivery is two short transactions with the SMTP exchange between them,
 * outside both: {@link #claimNext} claims one due message ({@code SKIP LOCKED}, so instances never wait for or take
 * the same row) and commits; {@link #sent} or {@link #failed} records the result. No row lock and no connection is
 * held while the SMTP server is talked to. All times are the database's, as every instance judges the same
 * claims; see the component's package-info for what a crash between the two transactions does.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReportStore reports;

    @Inject
    Mailer mailer;

    @Inject
    FeedbackMails mails;

    @Inject
    FeedbackOutbox outbox;

    @Inject
    ContactCipher contacts;

    @Inject
    TenantDirectory tenants;

    @Inject
    DatabaseClock clock;

    @Inject
    MailSettings settings;

    /**
     * Claims the next due message, if any, for {@code portal.mail.lease}, and commits the claim. The delivery
     * carries the letter to send, or none when the claim settled the message itself (no address left, or one that
     * cannot be read: the attempt is recorded as failed here).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Delivery> claimNext() {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Object> due = em.createNativeQuery("SELECT id FROM feedback_outbox WHERE sent_at IS NULL AND given_up_at IS NULL "
                        + "AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, UtcInstantConverter.parameter(now)).getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, due.get(0).toString());
        String token = message.claim(now, now.plus(settings.lease()));
        Report report = reports.find(message.reportId()).orElseThrow();
        Optional<Tenant> tenant = tenants.find(report.tenantCode());
        if (report.contactCiphertext().isEmpty() || tenant.isEmpty()) {
            message.failed(now, "no address on file", Duration.ZERO, 1);
            return Optional.of(new Delivery(message.id(), token, Optional.empty()));
        }
        try {
            String address = contacts.decrypt(report.contactCiphertext().get(), report.id());
            FeedbackMails.Mail mail = mails.compose(tenant.get(), ULocale.forLanguageTag(report.locale()),
                    report.reference().value(), message.publicStatus());
            return Optional.of(new Delivery(message.id(), token, Optional.of(new Delivery.Letter(address, mail))));
        } catch (RuntimeException unreadable) {
            fail(message, report, now, unreadable.getClass().getSimpleName());
            return Optional.of(new Delivery(message.id(), token, Optional.empty()));
        }
    }

    /**
     * The SMTP server took the message. Recorded even when the claim's lease lapsed meanwhile (the email went out
     * all the same); a second send of the same message (a lapsed lease claimed again) records nothing more.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Delivery delivery) {
        OutboxMessage message = em.find(OutboxMessage.class, delivery.messageId().toString(), LockModeType.PESSIMISTIC_WRITE);
        if (message.sentAt().isPresent()) {
            return;
        }
        message.sent(clock.now());
        reports.find(message.reportId()).ifPresent(Report::shredContact);
    }

    /**
     * The SMTP exchange failed ({@code failureKind}: the exception's class, never its message, which can carry the
     * address): retried later with back-off, or given up. Ignored when the claim is no longer the latest (its lease
     * lapsed and another instance claimed the message: that claim's result counts).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Delivery delivery, String failureKind) {
        OutboxMessage message = em.find(OutboxMessage.class, delivery.messageId().toString(), LockModeType.PESSIMISTIC_WRITE);
        if (!message.isClaimedWith(delivery.claimToken())) {
            return;
        }
        fail(message, reports.find(message.reportId()).orElseThrow(), clock.now(), failureKind);
    }

    private void fail(OutboxMessage message, Report report, Instant now, String failureKind) {
        boolean gaveUp = message.failed(now, failureKind, settings.retryBase(), MAX_ATTEMPTS);
        if (gaveUp) {
            report.shredContact();
        }
        LOG.warning(() -> "feedback email " + message.id() + " attempt " + message.attempts() + " failed ("
                + failureKind + ")" + (gaveUp ? "; given up, address deleted" : ""));
    }

    /** Deletes addresses older than the retention period ({@code portal.contact.retention}), by the database's clock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int applyRetention() {
        return outbox.shredOlderThan(clock.now().minus(settings.contactRetention()));
    }

    public boolean sending() {
        return mailer.enabled();
    }
}
