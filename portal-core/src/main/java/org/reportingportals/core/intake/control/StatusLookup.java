package org.reportingportals.core.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.core.reports.control.Receipts;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.reports.entity.PublicStatus;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Optional;

/**
 * Answers "what happened to my report?" for a reference and receipt. An unknown reference, another
 * tenant's reference and a wrong receipt are indistinguishable, in the answer and in the work done.
 */
@ApplicationScoped
public class StatusLookup {

    @Inject
    ReportStore store;

    @Inject
    Receipts receipts;

    public Optional<PublicStatus> status(Tenant tenant, String typedReference, String typedReceipt) {
        Optional<Report> report = Reference.parse(typedReference).flatMap(store::byReference)
                .filter(r -> r.tenantCode().equals(tenant.code()));
        if (report.isEmpty()) {
            receipts.verifyAgainstNothing(typedReceipt);
            return Optional.empty();
        }
        return receipts.verify(typedReceipt, report.get().receiptHash())
                ? Optional.of(report.get().publicStatus()) : Optional.empty();
    }
}
