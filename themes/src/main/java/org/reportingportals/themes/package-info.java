/**
 * Base and per-tenant themes, in the manner of Keycloak's: a theme is a folder {@code themes/<name>/} with
 * {@code templates/}, {@code static/} and {@code messages/}; lookup walks {@code tenant -> base}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Templates are Thymeleaf (escaping by default) loaded from the class path. A tenant theme may override
 *       only the named fragments in {@code extras.html} ({@code header-extra}, {@code footer-extra}); layout and
 *       pages stay one code path for every tenant. Colours are tokens from the tenant file, rendered as a tiny
 *       stylesheet of custom properties, so no partner-supplied CSS is ever served.</li>
 *   <li>Static assets are fingerprinted by content hash and served immutable for a year; a changed file gets a
 *       new URL. Nothing is loaded from another origin.</li>
 * </ul>
 */
package org.reportingportals.themes;
