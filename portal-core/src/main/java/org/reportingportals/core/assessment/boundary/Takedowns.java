package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.assessment.control.AssessmentExport;
import org.reportingportals.core.assessment.control.OpenTakedowns;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.AssessmentEvent;
import org.reportingportals.core.assessment.entity.TakedownView;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * After assessment: the notice-and-takedowns the hotline pursues until the page is confirmed gone, and the
 * senior's export of every assessment. Each act is one transaction with its audit record.
 */
@ApplicationScoped
public class Takedowns {

    @Inject
    OpenTakedowns takedowns;

    @Inject
    AssessmentExport export;

    @Inject
    Event<AssessmentEvent> events;

    @Inject
    Clock clock;

    /** Open takedowns, oldest first, with their age. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TakedownView> open(int limit) {
        Instant now = clock.instant();
        return takedowns.open(limit).stream().map(t -> TakedownView.of(t, now)).toList();
    }

    /** The page is gone: closes the takedown. Empty when there is no such open takedown. */
    @Transactional
    public Optional<TakedownView> confirmRemoved(UUID takedownId, Analyst analyst) {
        Instant now = clock.instant();
        var closed = takedowns.confirmRemoved(takedownId, analyst.id(), now);
        closed.ifPresent(t -> events.fire(new AssessmentEvent.TakedownRemoved(takedownId, analyst.id(), now)));
        return closed.map(t -> TakedownView.of(t, now));
    }

    /** Every assessment as CSV, cells safe from formula injection; the export itself is audited. */
    @Transactional
    public String exportAssessments(Analyst senior) {
        events.fire(new AssessmentEvent.AssessmentsExported(senior.id(), clock.instant()));
        return export.csv();
    }
}
