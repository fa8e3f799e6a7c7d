/**
 * What every component stands on: the JAX-RS application and its security, configuration and secrets,
 * the data source and migrations, and the mapping of every error to a localised RFC 9457 problem.
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
 *   <li>Every error leaves as {@code application/problem+json} with a stable {@code type}, localised title
 *       and detail, and field errors; nothing unexpected leaks a stack trace or echoes input.</li>
 * </ul>
 */
package org.reportingportals.core.platform;
