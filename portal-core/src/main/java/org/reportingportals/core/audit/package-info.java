/**
 * The audit trail: an append-only record of what analysts and partners did, with who and when, and never
 * anything about a reporter. Rows are only ever inserted.
 */
package org.reportingportals.core.audit;
