package org.reportingportals.core.assessment.control;

import org.reportingportals.core.assessment.control.OpenTakedowns;
import org.reportingportals.core.reports.control.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.Finding;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportStatus;
import org.reportingportals.core.reports.entity.ReportedUrl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records assessments and completes reports. Runs in the caller's transaction; the caller holds the report's
 * lease, checked here again because a lease can run out between screen and click.
 */
@ApplicationScoped
public class Assessments {

    /** Why an assessment could not be recorded. */
    public enum Refusal { NO_SUCH_REPORT, NOT_LEASED, NO_SUCH_URL, ALREADY_ASSESSED }

    /**
     * The result: the assessment, the duplicates it was applied to, whether its report is now complete, and
     * every report this completed (its own and those of the duplicates).
     */
    public record Recorded(Assessment assessment, List<Assessment> appliedToDuplicates, boolean reportCompleted,
                           List<UUID> completedReports) {
    }

    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    OpenTakedowns takedowns;

    @jakarta.inject.Inject
    ReportStore reports;

    public Recorded record(Report report, UUID urlId, Analyst analyst, Finding finding, boolean applyToDuplicates,
                           Instant now) {
        if (!report.isLeasedTo(analyst.id(), now)) {
            throw new Refused(Refusal.NOT_LEASED);
        }
        ReportedUrl url = report.urls().stream().filter(u -> u.id().equals(urlId)).findFirst()
                .orElseThrow(() -> new Refused(Refusal.NO_SUCH_URL));
        if (!of(List.of(url.id())).isEmpty()) {
            throw new Refused(Refusal.ALREADY_ASSESSED);
        }
        Assessment assessment = new Assessment(report.id(), url.id(), analyst.id(), finding, now, Optional.empty());
        em.persist(assessment);
        takedowns.openFor(assessment, url);
        boolean completed = completeIfDone(report);
        List<UUID> completedReports = new ArrayList<>();
        if (completed) {
            completedReports.add(report.id());
        }

        List<Assessment> applied = new ArrayList<>();
        if (applyToDuplicates) {
            for (ReportedUrl duplicate : openDuplicates(url, analyst, now)) {
                Report other = reports.find(duplicate.reportId()).orElseThrow();
                Assessment copy = new Assessment(other.id(), duplicate.id(), analyst.id(), finding, now,
                        Optional.of(assessment.id()));
                em.persist(copy);
                applied.add(copy);
                if (completeIfDone(other)) {
                    completedReports.add(other.id());
                }
            }
        }
        return new Recorded(assessment, applied, completed, completedReports);
    }

    /** The assessments of these URLs, by URL id. */
    public Map<UUID, Assessment> of(List<UUID> urlIds) {
        if (urlIds.isEmpty()) {
            return Map.of();
        }
        em.flush();
        return em.createNamedQuery(Assessment.OF_URLS, Assessment.class)
                .setParameter("urls", urlIds.stream().map(UUID::toString).toList())
                .getResultList().stream().collect(Collectors.toMap(Assessment::reportedUrlId, Function.identity()));
    }

    /**
     * The same page in other reports that nobody has assessed yet and that no other analyst is holding:
     * those one assessment can settle at once.
     */
    private List<ReportedUrl> openDuplicates(ReportedUrl url, Analyst analyst, Instant now) {
        List<ReportedUrl> candidates = em.createNamedQuery(ReportedUrl.SAME_PAGE, ReportedUrl.class)
                .setParameter("hash", url.normalisedHash())
                .setParameter("report", url.reportId().toString())
                .getResultList();
        Map<UUID, Assessment> assessed = of(candidates.stream().map(ReportedUrl::id).toList());
        List<ReportedUrl> open = new ArrayList<>();
        for (ReportedUrl candidate : candidates) {
            Report other = reports.find(candidate.reportId()).orElseThrow();
            boolean heldByAnother = other.status() == ReportStatus.IN_ASSESSMENT && !other.isClaimable(now)
                    && !other.isClaimedBy(analyst.id());
            if (!assessed.containsKey(candidate.id()) && other.status() != ReportStatus.ASSESSED && !heldByAnother) {
                open.add(candidate);
            }
        }
        return open;
    }

    private boolean completeIfDone(Report report) {
        Map<UUID, Assessment> assessed = of(report.urls().stream().map(ReportedUrl::id).toList());
        if (assessed.size() < report.urls().size()) {
            return false;
        }
        report.completeAssessment(assessed.values().stream().anyMatch(a -> a.finding().actsOnIt()));
        return true;
    }
}
