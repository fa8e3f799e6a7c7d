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
 *       deployment. On PostgreSQL it migrates as the schema's owner ({@code portal.db.owner-user}) and the pool's
 *       role ({@code portal.db.user}) gets row rights only, so a guard in the database (row-level security,
 *       triggers, grants) is never the application's own to lift; production refuses a pool role that owns the
 *       tables or bypasses row-level security.</li>
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
 *   <li>No page needs a session, so any instance serves any request: staff carry a sealed pass
 *       ({@code StaffPasses}, cookie {@code __Host-staff}) made when the OIDC callback succeeds, and a sign-on on its
 *       way to Keycloak carries its state and PKCE verifier in a sealed cookie; Payara's Hazelcast session
 *       replication was tried and fails with Soteria's session-scoped beans. A pass expires idle and at a maximum
 *       ({@code portal.staff.session-*}) and cannot be revoked earlier: signing out removes it and ends the
 *       provider's session.</li>
 *   <li>One CSRF scheme behind Krazo's token strategy ({@code OnDemandCsrfTokens}): a signed double-submit token
 *       ({@code SignedCsrfTokens}) on citizens' and staff pages alike. Staff forms are checked by Krazo's
 *       {@code @CsrfProtected} against the cookie's token, which the strategy hands over only when its signature and
 *       expiry hold; the citizens' forms are checked by their controllers through {@code SignedCsrfTokens.verify},
 *       in constant time, because their pages are served from a cache with the visitor's token spliced in. Krazo
 *       still asks the strategy for a token on every response (its {@code X-CSRF-TOKEN} header), hence the "none"
 *       placeholder on pages without a form.</li>
 *   <li>A database out of reach ({@code DatabaseOutages}) is a 503 with {@code Retry-After}, not a fault; EclipseLink
 *       retries a failed read once and at once ({@code FailFastSessions}), so an outage is answered in
 *       milliseconds.</li>
 * </ul>
 */
package org.reportingportals.core.platform;
