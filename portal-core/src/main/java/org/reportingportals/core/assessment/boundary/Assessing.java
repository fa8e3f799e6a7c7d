package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.reportingportals.core.assessment.control.Assessments;
import org.reportingportals.core.assessment.control.ReportViews;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.AssessmentEvent;
import org.reportingportals.core.assessment.entity.Finding;
import org.reportingportals.core.assessment.entity.ReportView;
import org.reportingportals.core.platform.control.Contention;
import org.reportingportals.core.platform.control.DatabaseClock;
import org.reportingportals.core.reports.control.ReportStore;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.core.reports.entity.Report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Looking at a report and assessing its URLs, the same act from the API and the console. Every view of a
 * report's detail and every assessment is announced as an event in the same transaction, so the audit trail
 * and the reporter's feedback commit with it or not at all. Times come from the database's clock, as leases do
 * (see the component's package-info).
 */
@ApplicationScoped
public class Assessing {

    /** A recorded assessment and what it settled: the duplicates it was applied to, the report's new state. */
    public record Assessed(UUID assessmentId, UUID urlId, String outcome, List<Copy> appliedToDuplicates,
                           boolean reportCompleted, String reportStatus, String publicStatus) {
    }

    /** The same page in another report, settled by the same assessment. */
    public record Copy(UUID reportId, UUID urlId) {
    }

    @Inject
    ReportStore reports;

    @Inject
    ReportViews views;

    @Inject
    Assessments assessments;

    @Inject
    Event<AssessmentEvent> events;

    @Inject
    DatabaseClock databaseClock;

    /** The report as the analyst works on it; the view is audited. */
    @Transactional
    public Optional<ReportView> view(UUID reportId, Analyst analyst) {
        Optional<Report> report = reports.find(reportId);
        report.ifPresent(r -> events.fire(new AssessmentEvent.ReportViewed(r.id(), analyst.id(), databaseClock.now())));
        return report.map(r -> views.of(r, analyst));
    }

    /** The report a reference (typed or pasted by an analyst) names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> idOf(Reference reference) {
        return reports.byReference(reference).map(Report::id);
    }

    /** The report again, for a form sent back with errors: the same screen, not a new view, so not audited. */
    @Transactional
    public Optional<ReportView> redisplay(UUID reportId, Analyst analyst) {
        return reports.find(reportId).map(r -> views.of(r, analyst));
    }

    /**
     * Records the analyst's finding on one URL of a report they hold and, if asked, on the open duplicates of the
     * page; the last URL completes the report.
     *
     * @throws Assessments.Refused when the report or URL does not exist, the lease is not the analyst's, the URL
     *                             is already assessed, or a concurrent write on the same reports won the race
     */
    @Transactional
    public Assessed assess(UUID reportId, UUID urlId, Analyst analyst, Finding finding, boolean applyToDuplicates) {
        Instant now = databaseClock.now();
        Assessments.Recorded recorded;
        try {
            recorded = assessments.record(reportId, urlId, analyst, finding, applyToDuplicates, now);
        } catch (PersistenceException raced) {
            if (Contention.lostRace(raced)) {
                throw new Assessments.Refused(Assessments.Refusal.CONFLICT);
            }
            throw raced;
        }
        Report report = recorded.report();
        Assessment assessment = recorded.assessment();
        events.fire(new AssessmentEvent.UrlAssessed(report.id(), assessment.reportedUrlId(), assessment.id(),
                finding.outcome(), analyst.id(), now));
        for (Assessment copy : recorded.appliedToDuplicates()) {
            events.fire(new AssessmentEvent.DuplicateAssessed(copy.reportId(), copy.reportedUrlId(), assessment.id(),
                    analyst.id(), now));
        }
        for (UUID completed : recorded.completedReports()) {
            events.fire(new AssessmentEvent.ReportAssessed(completed, analyst.id(), now));
        }
        return new Assessed(assessment.id(), assessment.reportedUrlId(), finding.outcome().code(),
                recorded.appliedToDuplicates().stream().map(c -> new Copy(c.reportId(), c.reportedUrlId())).toList(),
                recorded.reportCompleted(), report.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                report.publicStatus().code());
    }
}
