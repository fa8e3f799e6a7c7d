/**
 * Partner administration at {@code /admin}: what a partner organisation, and the platform team across every
 * portal, sees and does. It owns the outcome statistics (pages, CSV, the API at {@code /api/v1/tenants/{tenant}/statistics})
 * and the translation workflow of a tenant's page texts (per-key sources of what was translated, XLIFF and
 * {@code .properties}). Configuration itself (drafts, colours, logos, preview, publish, rollback, new portals)
 * belongs to {@code tenancy}; the pages here only map forms to its use cases.
 *
 * <p>Shape: use cases that own their transaction and audit ({@code boundary.Statistics}, {@code boundary.Translating},
 * {@code tenancy.boundary.Configurations}), one thin controller per screen family ({@code PlatformAdminPages},
 * {@code StatisticsPages}, {@code ConfigurationPages}, {@code TranslationPages}, the logo upload servlet) over the
 * shared {@code AdminScreens}.
 *
 * <p>May import: {@code platform} (web ground, messages), {@code tenancy} (tenant resolution, configuration use
 * cases, their results and refusals, {@code TenantChanged}), {@code assessment} (the outcome and action codes
 * counted, {@code CsvCells} for safe CSV), the tenant-config and i18n modules. Nothing imports {@code partner} but the application's
 * stereotype scan.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The tenant comes from the path and is checked by {@code Tenants.administrable} against the signed-on
 *       partner's {@code tenant} claim; another tenant, or one that does not exist, is the same 404, so the answer
 *       never confirms that a tenant exists. Platform administrators may open every tenant. Nothing else the
 *       client sends (query, body, headers) names a tenant; the use cases take the resolved tenant and the
 *       {@code Editor} from the sign-on.</li>
 *   <li>Every change fires a {@code TenantChanged} event in its transaction; {@code audit} observes it, so the
 *       audit row commits with the change or not at all.</li>
 *   <li>Partners see counts, never a report: statistics are read from the view {@code tenant_url_outcomes}.
 *       On PostgreSQL they are read as the pool role's statistics role under row-level security keyed by the
 *       tenant the transaction declares (migration V15; the pool's role owns nothing and cannot lift it), so a
 *       query missing its own filter still returns nothing of another tenant, and one that declares no tenant
 *       returns nothing. H2 has no row-level security: there the query's own filter is the only one.</li>
 *   <li>Any count from 1 to 4 is suppressed, and so are the larger counts that would give it away by
 *       subtraction or by a bound (complementary suppression, decided once per month in {@code MonthlyOutcomes});
 *       pages, chart, CSV, API and the period totals all follow {@code Count.suppressed()} and show one marker
 *       for every suppressed cell, small or complementary.</li>
 *   <li>The screen families share the path {@code admin}: Jersey merges root resources of one path, so every URL
 *       stayed as it was when they were one class.</li>
 * </ul>
 */
package org.reportingportals.core.partner;
