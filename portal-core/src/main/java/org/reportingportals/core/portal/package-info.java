/**
 * The citizens' portal: server-rendered pages per tenant and language, working without JavaScript, over the
 * intake's use cases (the same as the JSON API's).
 *
 * <p>May import: {@code platform}, {@code intake}, {@code tenancy}, {@code reports} (values only), and the
 * {@code i18n}, {@code themes} and {@code tenant-config} modules.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Jakarta MVC (Krazo, bundled) with our own {@code ViewEngine} over Thymeleaf instead of
 *       krazo-thymeleaf: that extension flushes the response before JAX-RS writes status and headers, so a
 *       422 form or a 403 page would leave as 200 (found in a spike on this Payara). Ours writes to the view
 *       context's stream and keeps both.</li>
 *   <li>Pages live in their own JAX-RS application at {@code /}; both applications list their classes so
 *       neither picks up the other's resources.</li>
 *   <li>CSRF tokens are kept in the session, and a session is opened only by pages that carry a form, so the
 *       home, privacy and about pages set no cookie at all.</li>
 *   <li>The report form posts to the same intake as the JSON API (same validation, same transaction edge) and
 *       answers 303; the receipt travels to the confirmation page in the session, once, never in a URL.</li>
 *   <li>Tenant identity comes from the path, or from the tenant's own host name, resolved by
 *       {@code tenancy.boundary.Tenants}; an unknown tenant or host is 404, never another tenant.
 *       {@code X-Forwarded-Host} is only read when the proxy is declared trusted.</li>
 * </ul>
 */
package org.reportingportals.core.portal;
