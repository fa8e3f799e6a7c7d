package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.assessment.control.AssessmentQueue;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.assessment.entity.AssessmentEvent;
import org.reportingportals.core.assessment.entity.ClaimedReport;
import org.reportingportals.core.assessment.entity.QueueCounts;
import org.reportingportals.core.platform.control.DatabaseClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue as an analyst works it, whether from the API or the console: claim the next report, see what you
 * hold, renew a lease, give a report back. Each call is one transaction, in which the act and its audit record
 * (an observer of the event fired here) commit together before anything is answered. Lease times come from the
 * database's clock, shared by every instance (see the component's package-info).
 */
@ApplicationScoped
public class Claims {

    @Inject
    AssessmentQueue queue;

    @Inject
    Event<AssessmentEvent> events;

    @Inject
    DatabaseClock databaseClock;


    /** The highest-priority waiting report of any tenant, leased to the analyst; empty when nothing waits. */
    @Transactional
    public Optional<ClaimedReport> claimNext(Analyst analyst, Duration lease) {
        Instant now = databaseClock.now();
        var claimed = queue.claimNext(analyst, now, lease);
        claimed.ifPresent(report -> events.fire(new AssessmentEvent.ReportClaimed(report.id(), analyst.id(), now)));
        return claimed.map(ClaimedReport::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimedReport> heldBy(Analyst analyst) {
        return queue.heldBy(analyst, databaseClock.now()).stream().map(ClaimedReport::of).toList();
    }

    /** A fresh default lease from now on a report the analyst holds; empty when the claim is not, or no longer, theirs. */
    @Transactional
    public Optional<ClaimedReport> renew(UUID reportId, Analyst analyst) {
        Instant now = databaseClock.now();
        var renewed = queue.renew(reportId, analyst, now, queue.defaultLease());
        renewed.ifPresent(report -> events.fire(new AssessmentEvent.ClaimRenewed(report.id(), analyst.id(), now)));
        return renewed.map(ClaimedReport::of);
    }

    /** Gives a report back to the queue; false when the analyst holds no claim on it. */
    @Transactional
    public boolean release(UUID reportId, Analyst analyst) {
        boolean released = queue.release(reportId, analyst);
        if (released) {
            events.fire(new AssessmentEvent.ClaimReleased(reportId, analyst.id(), databaseClock.now()));
        }
        return released;
    }

    /** The counts, with leases judged lapsed by the database's clock, as the claims judge them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueueCounts counts() {
        return queue.counts(databaseClock.now());
    }

    /** The lease a claim gets unless it asks for another ({@code portal.queue.lease}). */
    public Duration defaultLease() {
        return queue.defaultLease();
    }

    /** The longest lease a claim may ask for ({@code portal.queue.max-lease}). */
    public Duration maxLease() {
        return queue.maxLease();
    }
}
