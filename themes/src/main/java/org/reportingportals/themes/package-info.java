/**
 * Base and per-tenant themes, in the manner of Keycloak's. A theme is a folder {@code themes/<name>/} with
 * {@code theme.properties} ({@code parent=base}, or another theme), {@code templates/}, {@code static/} and
 * {@code messages/messages_<locale>.properties}.
 *
 * <p>Components: {@code chain} loads themes and walks {@code child -> parent -> ... -> base}
 * ({@code ThemeChains}, the {@code Theme} record); {@code templates} resolves Thymeleaf templates along a chain;
 * {@code assets} serves static files along a chain, fingerprinted; {@code messages} builds the message
 * catalog of a chain. This module may import {@code org.reportingportals.i18n} and Thymeleaf, nothing else of
 * ours (ArchUnit holds it); it knows themes by name only, never tenants.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Templates and static files come from the first theme of the chain that has them; message files merge
 *       base first, after locale fallback ({@code fr_CA -> fr -> root}), so within a locale the most specific
 *       theme wins, and a more specific locale wins over a more specific theme (as Keycloak does). The
 *       platform's own catalog ({@code i18n/messages}) lies below base; a tenant's own wording in its tenant
 *       file lies above the whole chain (applied in portal-core).</li>
 *   <li>A theme's name is its folder; a tenant's theme is the one named by its code. A tenant without a theme
 *       folder is drawn by base alone. Broken theme files are refused with the file and the problem: a folder
 *       without {@code theme.properties}, an unknown parent, a cycle, an unknown key, a base with a parent,
 *       any other theme without one. Base is loaded when the chains are created (at deployment), each
 *       tenant's chain before its portal draws a page, so a broken theme never half-renders.</li>
 *   <li>Templates are Thymeleaf (escaping by default) loaded from the class path. A theme other than base may
 *       override only the named fragments in {@code extras.html} ({@code header-extra}, {@code footer-extra});
 *       layout and pages stay one code path for every tenant. Theme, template and file names are single path
 *       segments, so no lookup leaves a theme folder. Colours are tokens from the tenant file, rendered as a
 *       tiny stylesheet of custom properties, so no partner-supplied CSS is ever served.</li>
 *   <li>Static assets are fingerprinted by content hash and served immutable for a year; a changed file gets a
 *       new URL. Nothing is loaded from another origin.</li>
 * </ul>
 */
package org.reportingportals.themes;
