/**
 * The intake: what a citizen sends becomes a committed report, or a clear localised list of what to fix.
 * {@link org.reportingportals.core.intake.boundary.Intake} is the one use case for the JSON API and the
 * portal's form alike (submit, check status).
 *
 * <p>May import: {@code platform}, {@code reports}, {@code tenancy} (which tenant a request addresses).
 *
 * <p>Decisions:
 * <ul>
 *   <li>Input is read field by field from JSON-P, not bound by JSON-B, so that unknown properties are named
 *       and refused (no mass assignment of {@code tenant}, {@code status}, {@code id}) and a wrong type gets a
 *       field error instead of a generic 400. The form of the public portal builds the same
 *       {@link org.reportingportals.core.intake.entity.SubmissionForm} and shares the validation.</li>
 *   <li>Validation is our own, with ICU message keys and named arguments, because messages must be ICU
 *       MessageFormat in the reporter's language; Bean Validation's interpolator is not.</li>
 *   <li>{@code Idempotency-Key}: only its SHA-256 is stored, next to a fingerprint of the canonical request
 *       (HMAC-SHA256 under a key derived from {@code portal.secret-key}, because it covers the reporter's address and
 *       the rest of its inputs are stored in clear; shredded with the address, after which a retry is 422).
 *       The same key and request answer the same reference and the same receipt (re-derived from the key, see
 *       {@link org.reportingportals.core.reports.control.Receipts}); the same key with another request is 422.
 *       Keys must be 16 to 128 characters so that they cannot be guessed.</li>
 *   <li>The transaction commits before the 201 or the 303 is written ({@code ReportCreation} is the
 *       transactional edge, called by {@code Intake}, which retries it once when a concurrent request with the
 *       same key won the insert), so an acknowledged report is always in the database.</li>
 * </ul>
 */
package org.reportingportals.core.intake;
