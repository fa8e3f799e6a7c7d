package org.reportingportals.core.assessment.control;

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
 * lease, checked here again, on the locked row, because a lease can run out between screen and click.
 */
@ApplicationScoped
public class Assessments {

    /** Why an assessment could not be recorded. */
    /**
     * Why an assessment could not be recorded. {@code CONFLICT}: the database refused the write because another
     * transaction changed the same rows at the same moment (a deadlock, a lock wait that timed out); nothing was
     * written, and trying again sees the other's result.
     */
    public enum Refusal { NO_SUCH_REPORT, NOT_LEASED, NO_SUCH_URL, ALREADY_ASSESSED, CONFLICT }

    /**
     * The result: the report (locked), the assessment, the duplicates it was applied to, whether its report is
     * now complete, and every report this completed (its own and those of the duplicates).
     */
    public record Recorded(Report report, Assessment assessment, List<Assessment> appliedToDuplicates, boolean reportCompleted,
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

    /**
     * Records the finding on one URL of a report the analyst holds and, if asked, on the open duplicates of its
     * page. Every report this may write is locked first, in id order (see {@link ReportStore#lockInIdOrder}), and
     * only then read: the lease, the holder and which URLs are assessed are all checked on locked rows, so two
     * writers of one report take turns, and the second sees what the first did.
     */
    public Recorded record(UUID reportId, UUID urlId, Analyst analyst, Finding finding, boolean applyToDuplicates,
                           Instant now) {
        List<UUID> toLock = new ArrayList<>(List.of(reportId));
        if (applyToDuplicates) {
            toLock.addAll(reports.openSharingPage(reportId, urlId));
        }
        Map<UUID, Report> locked = reports.lockInIdOrder(toLock).stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
        Report report = Optional.ofNullable(locked.get(reportId)).orElseThrow(() -> new Refused(Refusal.NO_SUCH_REPORT));
        ReportedUrl url = report.urls().stream().filter(u -> u.id().equals(urlId)).findFirst()
                .orElseThrow(() -> new Refused(Refusal.NO_SUCH_URL));
        // "already assessed" before "not yours": a retried request whose first try completed the report (and so
        // released it) learns that it went through
        if (!of(List.of(url.id())).isEmpty()) {
            throw new Refused(Refusal.ALREADY_ASSESSED);
        }
        if (!report.isLeasedTo(analyst.id(), now)) {
            throw new Refused(Refusal.NOT_LEASED);
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
            for (ReportedUrl duplicate : openDuplicates(url, analyst, now, locked)) {
                Report other = locked.get(duplicate.reportId());
                Assessment copy = new Assessment(other.id(), duplicate.id(), analyst.id(), finding, now,
                        Optional.of(assessment.id()));
                em.persist(copy);
                applied.add(copy);
                if (completeIfDone(other)) {
                    completedReports.add(other.id());
                }
            }
        }
        em.flush(); // a conflict the locks did not prevent surfaces here, inside the caller's transaction
        return new Recorded(report, assessment, applied, completed, completedReports);
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
     * The same page in other reports that nobody has assessed yet and that no other analyst is holding: those one
     * assessment can settle at once. Only reports locked for this transaction qualify; one received since the
     * locks were taken waits for its own assessment.
     */
    private List<ReportedUrl> openDuplicates(ReportedUrl url, Analyst analyst, Instant now, Map<UUID, Report> locked) {
        List<ReportedUrl> candidates = em.createNamedQuery(ReportedUrl.SAME_PAGE, ReportedUrl.class)
                .setParameter("hash", url.normalisedHash())
                .setParameter("report", url.reportId().toString())
                .getResultList().stream().filter(candidate -> locked.containsKey(candidate.reportId())).toList();
        Map<UUID, Assessment> assessed = of(candidates.stream().map(ReportedUrl::id).toList());
        List<ReportedUrl> open = new ArrayList<>();
        for (ReportedUrl candidate : candidates) {
            Report other = locked.get(candidate.reportId());
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
