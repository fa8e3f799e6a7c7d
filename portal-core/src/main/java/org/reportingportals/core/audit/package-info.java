/**
 * The audit trail: an append-only record of what analysts and partners did, with who and when, and never
 * anything about a reporter. Rows are only ever inserted. The trail observes the use cases' events
 * ({@code AssessmentAudit}, {@code TenantAudit}) in the act's own transaction; the kinds of act are one enum,
 * {@link org.reportingportals.core.audit.entity.AuditAction}.
 *
 * <p>May import: {@code platform}, and the events of {@code assessment} and {@code tenancy}.
 */
package org.reportingportals.core.audit;
