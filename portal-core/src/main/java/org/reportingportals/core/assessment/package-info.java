/**
 * The central assessment queue: every tenant's reports in one priority order, claimed one at a time, and what
 * analysts do with them. The use cases are {@code boundary.Claims}, {@code Assessing}, {@code Reviewing} and
 * {@code Takedowns}, called alike by the JSON API and the console; each announces what it did as an
 * {@link org.reportingportals.core.assessment.entity.AssessmentEvent} in its own transaction.
 *
 * <p>May import: {@code platform}, {@code reports}, and the {@code tenant-config} module. Audit and feedback
 * depend on this component's events, never the other way round.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Priority is "a child may be in immediate danger" first, then oldest first, then intake order.</li>
 *   <li>A claim is {@code SELECT ... FOR UPDATE SKIP LOCKED} on the head of the queue inside the claiming
 *       transaction: concurrent analysts each get a different report without waiting on each other, on H2 and
 *       PostgreSQL alike.</li>
 *   <li>A claim is a lease: an expired lease makes the report claimable again without any sweeper, because the
 *       claim query treats expired leases as waiting.</li>
 *   <li>Lease times come from the database's clock ({@code platform.control.DatabaseClock}: {@code
 *       CURRENT_TIMESTAMP}, read once per transaction), not from the JVM's {@code java.time.Clock}: claims,
 *       renewals, the lease check of an assessment and the audit times of these acts are compared across every
 *       instance, and instances' clocks drift apart while the database has one. One transaction uses one instant
 *       (on PostgreSQL {@code CURRENT_TIMESTAMP} is the transaction's start anyway), so a lease end, the claim it
 *       belongs to and its audit row agree. The injected {@code Clock} still times what no other instance
 *       compares (throttles, received times, page footers) and the queue counts.</li>
 *   <li>Every write that depends on a report's state (claim, renew, release, assess with its duplicates, a
 *       review's decision that changes what the reporter sees) takes the report's row lock first ({@code
 *       SELECT ... FOR UPDATE} through {@code ReportStore}) and checks the lease, the holder and what is already
 *       assessed on the locked row. Pessimistic, not an optimistic {@code @Version}: the race that matters most is
 *       two transactions that each write one URL of a report and each see the report unfinished, which changes
 *       no report row at all, so a version would not notice it; and on a queue several analysts work, waiting a
 *       few milliseconds for a lock beats refusing and retrying. A claim never waits (it skips locked rows).</li>
 *   <li>An assessment with "apply to duplicates" locks its report and every open report of the same page, all in
 *       id order, before reading any of them: writers that need several of the same reports queue up instead of
 *       deadlocking. Should the database still refuse a write that raced another (deadlock, lock timeout, a unique
 *       key taken), the analyst gets 409 {@code concurrent-change} (the console: a notice) and nothing is written;
 *       the same assessment sent twice gets 409 {@code already-assessed}, however close together.</li>
 *   <li>An analyst is identified by the token's issuer and subject, never by a name.</li>
 *   <li>Each URL gets one assessment, recorded only by the analyst holding a live lease on its report; the
 *       report is complete, leaves the queue and tells the reporter "action taken" or "no action possible"
 *       when every URL has one. Nothing about the legal category reaches the reporter.</li>
 *   <li>Dedup compares the SHA-256 of normalised URLs. One assessment can settle the same page in other
 *       reports that nobody has assessed or holds; those copies name the assessment they came from.</li>
 *   <li>A second opinion or an appeal is decided by a senior who did not make the first decision; a changed
 *       outcome is a review beside the original, never an edit of it, and the reporter's status follows the
 *       latest decision. A notice-and-takedown stays open, once per page, until an analyst confirms removal.</li>
 *   <li>Every view of a report's detail, claim, release and assessment fires an event that the audit trail
 *       observes synchronously, so its row commits in the same transaction; on PostgreSQL a trigger refuses any
 *       update, delete or truncate of the trail.</li>
 * </ul>
 */
package org.reportingportals.core.assessment;
