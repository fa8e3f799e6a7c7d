package org.reportingportals.core.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.ReportView;
import org.reportingportals.core.reports.control.HostSpoofing;
import org.reportingportals.core.reports.entity.ContentHint;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportedUrl;
import org.reportingportals.tenant.directory.control.TenantDirectory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A report as an analyst sees it, the same for the API and the console. */
@ApplicationScoped
public class ReportViews {

    @Inject
    Assessments assessments;

    @Inject
    Duplicates duplicates;

    @Inject
    TenantDirectory tenants;

    @Inject
    HostSpoofing spoofing;

    public ReportView of(Report report, Analyst analyst) {
        List<ReportedUrl> urls = report.urls();
        Map<UUID, Assessment> assessed = assessments.of(urls.stream().map(ReportedUrl::id).toList());
        List<ReportView.Url> urlViews = urls.stream().map(u -> {
            var n = u.url();
            return new ReportView.Url(u.id(), u.index(), n.raw(), n.normalised(), n.hostUnicode(), n.hostAscii(),
                    n.hadUserinfo(), n.hostIsIp(), spoofing.flags(n.hostUnicode()),
                    Optional.ofNullable(assessed.get(u.id())).map(ReportView.AssessmentView::of),
                    duplicates.of(u));
        }).toList();
        Optional<ReportView.Referral> referral = tenants.find(report.tenantCode()).flatMap(t -> t.safeguarding())
                .map(s -> new ReportView.Referral(s.organisation(), s.email(), s.phone()));
        return new ReportView(report.id(), report.reference().value(), report.tenantCode(), report.locale(),
                report.receivedAt(), report.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                report.childInDanger(), report.reporter().code(), report.ageWhenMade().map(a -> a.code()),
                report.threatened(), report.whereFound().map(w -> w.code()),
                report.contentHints().stream().map(ContentHint::code).sorted().toList(), report.description(),
                report.leaseUntil(), report.isClaimedBy(analyst.id()), report.hasContact(), referral, urlViews);
    }
}
