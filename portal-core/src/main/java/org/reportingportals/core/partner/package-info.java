/**
 * Partner administration at {@code /admin/{tenant}}: what a partner organisation sees of its own portal.
 * So far the outcome statistics; configuration with draft, preview and publish follows (issue 5).
 *
 * <p>Decisions:
 * <ul>
 *   <li>The tenant comes from the path and is checked against the signed-on partner's {@code tenant} claim;
 *       another tenant, or one that does not exist, is the same 404, so the answer never confirms that a
 *       tenant exists. Platform administrators may open every tenant. Nothing else the client sends (query,
 *       body, headers) names a tenant.</li>
 *   <li>Partners see counts, never a report: statistics are read from the view {@code tenant_url_outcomes},
 *       which on PostgreSQL also filters by the tenant the transaction declares (migration V6_1), so a
 *       query missing its own filter still returns nothing of another tenant.</li>
 *   <li>Any count from 1 to 4 is shown as "fewer than 5", in pages, charts and CSV alike, and so is the
 *       median time of a month with fewer than 5 assessed URLs.</li>
 * </ul>
 */
package org.reportingportals.core.partner;
