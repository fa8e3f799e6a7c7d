package org.reportingportals.core.assessment.control;

import org.reportingportals.core.reports.control.ReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.ReportView;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportedUrl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Earlier sightings of a URL: the same normalised page in other reports, and other pages on the same host,
 * each with its outcome if it has one, so an analyst sees at once what the hotline already knows.
 */
@ApplicationScoped
public class Duplicates {

    private static final int LIMIT = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    ReportStore reports;

    @Inject
    Assessments assessments;

    public ReportView.Sightings of(ReportedUrl url) {
        List<ReportedUrl> samePage = em.createNamedQuery(ReportedUrl.SAME_PAGE, ReportedUrl.class)
                .setParameter("hash", url.normalisedHash()).setParameter("report", url.reportId().toString())
                .setMaxResults(LIMIT).getResultList();
        List<ReportedUrl> sameHost = em.createNamedQuery(ReportedUrl.SAME_HOST, ReportedUrl.class)
                .setParameter("host", url.url().hostAscii()).setParameter("hash", url.normalisedHash())
                .setMaxResults(LIMIT).getResultList();
        return new ReportView.Sightings(sightings(samePage), sightings(sameHost));
    }

    private List<ReportView.Sighting> sightings(List<ReportedUrl> urls) {
        Map<java.util.UUID, Assessment> outcomes = assessments.of(urls.stream().map(ReportedUrl::id).toList());
        List<ReportView.Sighting> result = new ArrayList<>();
        for (ReportedUrl other : urls) {
            Report report = reports.find(other.reportId()).orElseThrow();
            result.add(new ReportView.Sighting(report.id(), other.id(), report.reference().value(), report.tenantCode(),
                    report.receivedAt(), other.url().normalised(),
                    Optional.ofNullable(outcomes.get(other.id())).map(a -> a.finding().outcome().code())));
        }
        result.sort(Comparator.comparing(ReportView.Sighting::receivedAt));
        return result;
    }
}
