package org.reportingportals.core.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.assessment.entity.Action;
import org.reportingportals.core.assessment.entity.Assessment;
import org.reportingportals.core.assessment.entity.Takedown;
import org.reportingportals.core.reports.entity.ReportedUrl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opens a takedown when an assessment asks for one (once per page), lists the open ones, closes them. */
@ApplicationScoped
public class OpenTakedowns {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The takedown this assessment opened, if it asked for one and the page had none open yet. */
    public Optional<Takedown> openFor(Assessment assessment, ReportedUrl url) {
        if (!assessment.finding().actions().contains(Action.NOTICE_AND_TAKEDOWN)) {
            return Optional.empty();
        }
        boolean alreadyOpen = !em.createNamedQuery(Takedown.OPEN_FOR_PAGE, Takedown.class)
                .setParameter("hash", url.normalisedHash()).setMaxResults(1).getResultList().isEmpty();
        if (alreadyOpen) {
            return Optional.empty();
        }
        Takedown takedown = new Takedown(assessment, url);
        em.persist(takedown);
        return Optional.of(takedown);
    }

    /** Open takedowns, oldest first. */
    public List<Takedown> open(int limit) {
        return em.createNamedQuery(Takedown.OPEN, Takedown.class).setMaxResults(limit).getResultList();
    }

    /** Closes an open takedown; empty when there is no such open takedown. */
    public Optional<Takedown> confirmRemoved(UUID id, String analyst, Instant now) {
        Takedown takedown = em.find(Takedown.class, id.toString());
        if (takedown == null || takedown.removedAt().isPresent()) {
            return Optional.empty();
        }
        takedown.confirmRemovedBy(analyst, now);
        return Optional.of(takedown);
    }
}
