package org.reportingportals.core.feedback.boundary;

import org.reportingportals.core.feedback.entity.MailSettings;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.platform.entity.UtcInstantConverter;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.reportingportals.core.feedback.control.FeedbackMails;
import org.reportingportals.core.feedback.control.FeedbackOutbox;
import org.reportingportals.core.feedback.control.Mailer;
import org.reportingportals.core.feedback.entity.OutboxMessage;
import org.reportingportals.core.reports.control.ContactCipher;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The transaction edges of the outbox: one due message per transaction, locked with {@code SKIP LOCKED} so
 * several instances never send the same message; and the retention sweep.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
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
    Clock clock;

    @Inject
    MailSettings settings;

    /** Sends the next due message, if any; true when one was handled (sent, retried later or given up). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliverNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> due = em.createNativeQuery("SELECT id FROM feedback_outbox WHERE sent_at IS NULL AND given_up_at IS NULL "
                        + "AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, UtcInstantConverter.parameter(now)).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, due.get(0).toString());
        Report report = reports.find(message.reportId()).orElseThrow();
        Optional<Tenant> tenant = tenants.find(report.tenantCode());
        if (report.contactCiphertext().isEmpty() || tenant.isEmpty()) {
            message.failed(now, "no address on file", Duration.ZERO, 1);
            return true;
        }
        try {
            String address = contacts.decrypt(report.contactCiphertext().get(), report.id());
            mailer.send(address, mails.compose(tenant.get(), ULocale.forLanguageTag(report.locale()),
                    report.reference().value(), message.publicStatus()));
            message.sent(now);
            report.shredContact();
        } catch (Exception failure) {
            // the kind only: messages can carry the address
            boolean gaveUp = message.failed(now, failure.getClass().getSimpleName(), settings.retryBase(), MAX_ATTEMPTS);
            if (gaveUp) {
                report.shredContact();
            }
            LOG.warning(() -> "feedback email " + message.id() + " attempt " + message.attempts() + " failed ("
                    + failure.getClass().getSimpleName() + ")" + (gaveUp ? "; given up, address deleted" : ""));
        }
        return true;
    }

    /** Deletes addresses older than the retention period ({@code portal.contact.retention}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int applyRetention() {
        return outbox.shredOlderThan(clock.instant().minus(settings.contactRetention()));
    }

    public boolean sending() {
        return mailer.enabled();
    }
}
