/**
 * The central assessment queue: every tenant's reports in one priority order, claimed one at a time.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Priority is "a child may be in immediate danger" first, then oldest first, then intake order.</li>
 *   <li>A claim is {@code SELECT ... FOR UPDATE SKIP LOCKED} on the head of the queue inside the claiming
 *       transaction: concurrent analysts each get a different report without waiting on each other, on H2 and
 *       PostgreSQL alike.</li>
 *   <li>A claim is a lease: an expired lease makes the report claimable again without any sweeper, because the
 *       claim query treats expired leases as waiting.</li>
 *   <li>An analyst is identified by the token's issuer and subject, never by a name.</li>
 * </ul>
 */
package org.reportingportals.core.assessment;
