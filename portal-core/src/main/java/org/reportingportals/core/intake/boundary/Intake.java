package org.reportingportals.core.intake.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import org.reportingportals.core.intake.control.IdempotencyKeys;
import org.reportingportals.core.intake.control.StatusLookup;
import org.reportingportals.core.intake.control.SubmissionValidator;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.intake.entity.SubmissionForm;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.reports.control.UrlNormaliser;
import org.reportingportals.core.reports.entity.PublicStatus;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A citizen's two use cases, the same for the JSON API and the portal's form: submit a report, and check its
 * status with reference and receipt. The protocols only read their input into a {@link SubmissionForm} and
 * write the answer; validation, idempotency and the transaction are here.
 */
@ApplicationScoped
public class Intake {

    /** What a submission came to: a committed report, or what to fix, in the language the answer speaks. */
    public sealed interface Submitted permits Accepted, Refused {
        ULocale locale();
    }

    public record Accepted(Acknowledgement acknowledgement, ULocale locale) implements Submitted {
    }

    public record Refused(List<FieldError> errors, ULocale locale) implements Submitted {
    }

    @Inject
    ReportCreation creation;

    @Inject
    UrlNormaliser normaliser;

    @Inject
    StatusLookup lookup;

    /**
     * Validates and commits a report. An acknowledgement is returned only after the commit.
     *
     * @param form           the fields as read, empty when the body could not even be read as a form
     * @param acceptLanguage the request's header, for the language of errors when the form names none
     * @param earlierErrors  problems the protocol found while reading (unknown or mistyped JSON fields)
     */
    public Submitted submit(Tenant tenant, Optional<SubmissionForm> form, LocaleNegotiator locales, String acceptLanguage,
                            Optional<String> idempotencyKey, List<FieldError> earlierErrors) {
        List<FieldError> errors = new ArrayList<>(earlierErrors);
        if (idempotencyKey.isPresent() && !IdempotencyKeys.isWellFormed(idempotencyKey.get())) {
            errors.add(new FieldError("Idempotency-Key", "idempotency-key.invalid", "intake.error.idempotency-key.invalid"));
        }
        if (form.isEmpty()) {
            return new Refused(errors, locales.matchAcceptLanguage(acceptLanguage));
        }
        var outcome = new SubmissionValidator(normaliser).validate(form.get(), locales, acceptLanguage);
        errors.addAll(outcome.errors());
        if (!errors.isEmpty()) {
            return new Refused(errors, outcome.locale());
        }
        var valid = outcome.submission().orElseThrow();
        Acknowledgement acknowledgement;
        try {
            acknowledgement = creation.submit(tenant, valid, outcome.locale(), idempotencyKey);
        } catch (PersistenceException | TransactionalException raced) {
            if (idempotencyKey.isEmpty()) {
                throw raced;
            }
            // a concurrent request with the same key won the insert: answer as its retry
            acknowledgement = creation.submit(tenant, valid, outcome.locale(), idempotencyKey);
        }
        return new Accepted(acknowledgement, outcome.locale());
    }

    /**
     * The public status of a report for its reference and receipt. An unknown reference, another tenant's and a
     * wrong receipt are the same empty answer, reached with the same work.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicStatus> status(Tenant tenant, String reference, String receipt) {
        return lookup.status(tenant, reference, receipt);
    }
}
