/**
 * The ground every component stands on: the two JAX-RS applications (API at {@code /api/v1}, pages at
 * {@code /}) and the stereotypes by which components join them ({@link
 * org.reportingportals.core.platform.boundary.ApiResource}, {@link
 * org.reportingportals.core.platform.boundary.PageResource}); staff sign-on (OIDC with PKCE beside MP-JWT),
 * callers and roles; typed settings ({@link org.reportingportals.core.platform.control.Settings}) and secrets;
 * the data source and migrations; the shared web pieces (problem documents, JSON body reading, CSRF tokens,
 * page messages, security headers, request limits, the staff view engine and layout).
 *
 * <p>May import: the {@code i18n}, {@code themes} and {@code tenant-config} modules, Jakarta EE and MicroProfile.
 * Never a feature component of portal-core ({@code ArchitectureTest} fails the build if it does).
 *
 * <p>Decisions:
 * <ul>
 *   <li>One WAR for H2 and PostgreSQL: {@code @DataSourceDefinition} reads {@code portal.db.*} through
 *       MicroProfile Config (environment variables such as {@code PORTAL_DB_URL} included), and
 *       {@link org.reportingportals.core.platform.control.PortalDataSource} picks the driver from the URL, so
 *       switching databases is one variable.</li>
 *   <li>Flyway migrates in a {@code @Startup} singleton before anything serves; a failed migration fails the
 *       deployment.</li>
 *   <li>All secrets derive from one configured master key ({@code portal.secret-key}) with HMAC-SHA256 and a
 *       purpose label; production refuses to start without it, dev generates one and says so.</li>
 *   <li>Production refuses the defaults meant for a developer's machine: no {@code portal.db.url} (the embedded
 *       H2 file), the dev realm's published {@code portal.oidc.client-secret} or none, no {@code portal.secret-key}.
 *       {@code SettingsCheck} reads every setting before the migration starts and, in production, ends the process
 *       (exit status 78) after logging the refusal with the key, because Payara Micro survives a failed deployment
 *       and would otherwise report itself healthy.</li>
 *   <li>Periodic work runs once per tick across all instances sharing the database ({@code JobTicks}): a
 *       {@code job_ticks} row per job, claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} where its stored tick
 *       is older than the current one, ticks numbered by the database's clock. Chosen over
 *       {@code pg_try_advisory_xact_lock} because the same SQL works on H2 (single instance, dev and tests) and on
 *       PostgreSQL, an instance that finds the row locked skips instead of waiting, and the row shows when each job
 *       last ran. EJB timers stay per instance and non-persistent (Payara Micro does not coordinate them across a
 *       cluster); they only ask, twice a period. Publication polling ({@code tenancy.boundary.TenantPublications})
 *       is not such a job: every instance refreshes its own memory.</li>
 *   <li>The client address behind proxies ({@code ClientAddresses}): {@code X-Forwarded-For} is believed only on a
 *       connection from an address in {@code portal.proxy.trusted} (CIDR list), and read from the right.</li>
 *   <li>Every error leaves as {@code application/problem+json} with a stable {@code type}, localised title
 *       and detail, and field errors; nothing unexpected leaks a stack trace or echoes input.</li>
 *   <li>Two CSRF schemes behind Krazo's one token strategy ({@code OnDemandCsrfTokens}): staff pages keep the
 *       token in the session they have anyway; citizens' pages use a signed double-submit token
 *       ({@code SignedCsrfTokens}), so they never open a session and a form page can be shared from a cache.
 *       The citizens' forms are checked by their controllers through {@code SignedCsrfTokens.verify}, not by
 *       Krazo's {@code @CsrfProtected}: Krazo 3.0.1 compares the field with {@code String.equals}, and our
 *       check must also cover the signature and expiry, in constant time. Krazo still asks the strategy for a
 *       token on every response (its {@code X-CSRF-TOKEN} header), hence the "none" placeholder on pages
 *       without a form.</li>
 * </ul>
 */
package org.reportingportals.core.platform;
