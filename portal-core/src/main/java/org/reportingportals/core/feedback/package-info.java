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
 *       sent for work that rolled back, and the analyst never waits for SMTP. A pump delivers due rows one
 *       transaction each ({@code SKIP LOCKED}, so several instances can pump), retrying with exponential
 *       back-off.</li>
 *   <li>The address stays encrypted on the report and is decrypted only to send. It is deleted
 *       (crypto-shredded: the ciphertext is removed) once the message is sent, once the outbox gives up, or when
 *       it is older than the retention period, whichever comes first.</li>
 *   <li>Failures are recorded by kind only (the exception class), never with message text or the address.</li>
 * </ul>
 */
package org.reportingportals.core.feedback;
