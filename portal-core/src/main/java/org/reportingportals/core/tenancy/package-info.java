/**
 * Tenants as the running platform knows them: which tenant a request addresses, and each tenant's configuration
 * from draft to published version.
 *
 * <p>It owns:
 * <ul>
 *   <li>Tenant resolution, once for every way in ({@code boundary.Tenants}): the API's path, a portal page's path,
 *       the draft behind a valid preview cookie, a tenant's own host name ({@code boundary.TenantHosts}), and the
 *       administration path checked against the staff token's {@code tenant} claim.</li>
 *   <li>Configuration as its editors change it ({@code boundary.Configurations}, over
 *       {@code control.TenantConfigurations}): drafts, the checks before publication (structure, what only the
 *       platform team may change, WCAG contrast, ICU syntax, complete languages), versions, publication, rollback,
 *       previews ({@code control.PreviewTokens}), uploaded logos ({@code control.LogoFiles},
 *       {@code control.LogoStore}), new portals and their status.</li>
 *   <li>The per-instance refresh of the directory to the newest published versions ({@code boundary.TenantPublications}).</li>
 *   <li>{@code entity.TenantChanged}, the event every configuration change fires in its transaction.</li>
 * </ul>
 *
 * <p>May import: {@code platform} (callers, roles, problems, page messages, secrets, the UTC converter) and the
 * tenant-config, i18n and themes modules; nothing else of portal-core. Features ({@code partner}, {@code portal},
 * {@code intake}, ...) depend on {@code tenancy}, never the reverse, and {@code audit} observes its event.
 */
package org.reportingportals.core.tenancy;
