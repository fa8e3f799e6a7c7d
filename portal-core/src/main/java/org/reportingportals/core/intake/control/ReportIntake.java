package org.reportingportals.core.intake.control;

import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.intake.entity.ValidSubmission;
import org.reportingportals.core.platform.control.Secrets;
import org.reportingportals.core.reports.control.ContactCipher;
import org.reportingportals.core.reports.control.Receipts;
import org.reportingportals.core.reports.control.References;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.reports.entity.IdempotencyRecord;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Creates a report from a valid submission, or recognises a retry of one already created. */
@ApplicationScoped
public class ReportIntake {

    private static final int REFERENCE_ATTEMPTS = 8;

    @Inject
    ReportStore store;

    @Inject
    References references;

    @Inject
    Receipts receipts;

    @Inject
    ContactCipher contactCipher;

    @Inject
    Clock clock;

    @Inject
    Secrets secrets;

    private IdempotencyKeys idempotencyKeys;

    @PostConstruct
    void init() {
        idempotencyKeys = new IdempotencyKeys(secrets.derive(IdempotencyKeys.KEY_PURPOSE));
    }

    /** The outcome of an idempotent lookup: nothing yet, a retry of the same request, or a conflict. */
    public sealed interface Earlier permits None, Same, Conflict {
    }

    public record None() implements Earlier {
    }

    public record Same(Acknowledgement acknowledgement) implements Earlier {
    }

    public record Conflict() implements Earlier {
    }

    public Earlier earlier(Tenant tenant, String idempotencyKey, ValidSubmission submission, ULocale locale) {
        IdempotencyRecord record = idempotencyKeys.record(idempotencyKey, submission, locale);
        Optional<Report> existing = store.byIdempotencyKey(tenant.code(), record.keyHash());
        if (existing.isEmpty()) {
            return new None();
        }
        Report report = existing.get();
        if (!report.matchesFingerprint(record.fingerprint())) {
            return new Conflict();
        }
        return new Same(new Acknowledgement(report.reference().value(), receipts.derived(tenant.code(), idempotencyKey),
                report.publicStatus().code(), true));
    }

    public Acknowledgement create(Tenant tenant, ValidSubmission submission, ULocale locale,
                                  Optional<String> idempotencyKey) {
        UUID id = UUID.randomUUID();
        Reference reference = freshReference(tenant);
        String receipt = idempotencyKey.map(key -> receipts.derived(tenant.code(), key)).orElseGet(receipts::fresh);
        Optional<String> contact = submission.email().map(email -> contactCipher.encrypt(email, id));
        Optional<IdempotencyRecord> idempotency = idempotencyKey.map(key -> idempotencyKeys.record(key, submission, locale));
        Report report = new Report(id, reference, tenant.code(), locale.toLanguageTag(), clock.instant(),
                submission.contents(), receipts.hash(receipt), contact, idempotency);
        store.add(report);
        return new Acknowledgement(reference.value(), receipt, report.publicStatus().code(), false);
    }

    private Reference freshReference(Tenant tenant) {
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            Reference candidate = references.next(tenant.referencePrefix());
            if (!store.referenceTaken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free reference after " + REFERENCE_ATTEMPTS + " attempts");
    }
}
