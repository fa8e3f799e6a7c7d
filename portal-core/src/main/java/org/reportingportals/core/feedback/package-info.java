/**
 * Feedback to reporters who asked for it by email: one localised message when their report has been
 * assessed, saying only "action taken" or "no action possible", never anything about the content. The outbox
 * observes {@code AssessmentEvent.ReportAssessed} in the assessment's transaction.
 *
 * <p>May import: {@code platform}, {@code reports} (through {@code ReportStore}), the events of
 * {@code assessment}, and the {@code tenant-config} module.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A transactional outbox: the message is a row written in the assessment's transaction, so no email is
 *       sent for work that rolled back, and the analyst never waits for SMTP. The pump runs once per
 *       {@code portal.mail.poll} across all instances (a tick claimed in {@code job_ticks}, see
 *       {@code platform.boundary.JobTicks}), retrying with exponential back-off.</li>
 *   <li>Each delivery is claim, send, record: a transaction claims one due message ({@code FOR UPDATE SKIP
 *       LOCKED}), counts the attempt, sets its next attempt to the end of a lease ({@code portal.mail.lease}) and
 *       commits; the SMTP exchange follows with no transaction, row lock or connection held; a second transaction
 *       records sent, failed (retry later) or given up. A sender that dies between the two leaves a message that
 *       falls due again when the lease lapses and is then sent by whichever instance claims it: never lost, at worst
 *       sent twice (when the SMTP server took it but the result was never recorded). A result that arrives after its
 *       lease lapsed and the message was claimed again still records a send, never a failure (the newer claim's
 *       result counts). Leases, due times and retention are judged by the database's clock.</li>
 *   <li>The address stays encrypted on the report and is decrypted only to send. It is deleted
 *       (crypto-shredded: the ciphertext is removed) once the message is sent, once the outbox gives up, or when
 *       it is older than the retention period, whichever comes first.</li>
 *   <li>Failures are recorded by kind only (the exception class), never with message text or the address.</li>
 * </ul>
 */
package org.reportingportals.core.feedback;
