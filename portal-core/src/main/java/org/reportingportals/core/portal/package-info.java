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
 *   <li>No citizen's page opens a session. The forms carry a signed double-submit token
 *       ({@code platform.boundary.SignedCsrfTokens}: random value and expiry under an HMAC key derived from the
 *       platform secret, in a {@code __Host-csrf} cookie and the hidden field, compared in constant time); pages
 *       without a form set no cookie at all. Any instance can check a form another one served.</li>
 *   <li>The report form posts to the same intake as the JSON API (same validation, same transaction edge) and
 *       answers 303; the receipt travels to the confirmation page in a cookie sealed with AES-GCM for that
 *       tenant's confirmation path, sent to that path only, for 10 minutes, cleared when shown; never in a URL.
 *       "Shown once" is now the browser's to keep: a client that replays the cookie sees its own receipt again
 *       within those minutes, which a session flash did not allow but which gives nothing to anyone else.</li>
 *   <li>Home, about, privacy, status and report pages of a live tenant are rendered once per tenant
 *       configuration, way in (platform host or own host), language and page, and served from memory by the
 *       servlet filter {@code CachedPages} before JAX-RS runs. A kept page is only used for the very
 *       {@code Tenant} the directory now holds (compared by identity), so a publication, here or polled from
 *       another instance, takes effect on the next request without an event. Values that must differ per
 *       response (CSRF token, the form's idempotency key) are rendered as random stand-ins and replaced in
 *       every response. Previews, queries, non-200 answers and anything setting a cookie are never kept.</li>
 *   <li>Tenant identity comes from the path, or from the tenant's own host name, resolved by
 *       {@code tenancy.boundary.Tenants}; an unknown tenant or host is 404, never another tenant.
 *       {@code X-Forwarded-Host} is only read when the proxy is declared trusted.</li>
 * </ul>
 */
package org.reportingportals.core.portal;
