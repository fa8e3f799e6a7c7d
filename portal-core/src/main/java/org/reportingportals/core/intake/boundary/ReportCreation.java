package org.reportingportals.core.intake.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.intake.control.ReportIntake;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.intake.entity.ValidSubmission;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Optional;

/**
 * The transaction edge of the intake: each call commits on return, before any response is written, so an
 * acknowledgement always stands for a committed report. Called only by {@link Intake}, which retries it when
 * a concurrent request with the same idempotency key won the insert.
 */
@ApplicationScoped
public class ReportCreation {

    @Inject
    ReportIntake intake;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Acknowledgement submit(Tenant tenant, ValidSubmission submission, ULocale locale,
                                  Optional<String> idempotencyKey) {
        if (idempotencyKey.isPresent()) {
            ReportIntake.Earlier earlier = intake.earlier(tenant, idempotencyKey.get(), submission, locale);
            if (earlier instanceof ReportIntake.Same same) {
                return same.acknowledgement();
            }
            if (earlier instanceof ReportIntake.Conflict) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_CONFLICT, locale);
            }
        }
        return intake.create(tenant, submission, locale, idempotencyKey);
    }
}
