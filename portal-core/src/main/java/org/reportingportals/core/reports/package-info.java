/**
 * Reports and their URLs: the aggregate every portal feeds and every analyst works on. The component owns the
 * {@code reports} table: {@link org.reportingportals.core.reports.control.ReportStore} is the only code that
 * reads or writes it, and other components change a report only through the aggregate's own methods.
 *
 * <p>May import: {@code platform}.
 *
 * <p>A {@link org.reportingportals.core.reports.entity.Report} is created once, complete, by the intake and
 * then only changes through its own intention-revealing methods (claim, release). Decisions:
 * <ul>
 *   <li>Ids are UUIDs assigned by the application and stored as text, so H2 and PostgreSQL behave the same
 *       and no identity generation is needed (a trap of EclipseLink on H2 2.x).</li>
 *   <li>The received time is coarsened to the minute: ordering needs no more, and finer times help
 *       correlate a reporter with other logs.</li>
 *   <li>The receipt is shown once and stored only as a keyed salted hash (HMAC-SHA256 under a server key: at
 *       100 random bits a slow password hash adds only CPU); the contact email is encrypted with
 *       AES-GCM bound to the report id, so a ciphertext copied to another row does not decrypt.</li>
 *   <li>URLs are normalised with ICU's UTS #46 IDNA following the WHATWG URL rules browsers apply
 *       (backslashes, numeric IPv4 forms, tab and newline removal), so that what an analyst sees and what
 *       dedup compares is the host a browser would really contact.</li>
 *   <li>The queue's counts are kept by the database, not computed per view: a trigger on {@code reports}
 *       (statement-level over transition tables on PostgreSQL, {@code H2QueueCountTrigger} row by row on H2)
 *       appends signed changes, so no write waits on a shared counter row; {@code QueueTallyFolding} folds
 *       them into totals every two seconds. A trigger rather than code in the aggregate, because bulk SQL
 *       (seeding, retention) changes reports too, and the count must hold whatever wrote the row.</li>
 * </ul>
 */
package org.reportingportals.core.reports;
