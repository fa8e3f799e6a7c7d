/**
 * Base and per-tenant themes (templates, CSS custom properties, logos) with inheritance
 * {@code tenant -> parent -> base}.
 *
 * <p>Empty on purpose in the platform foundation, which serves JSON only; the themes arrive with the public
 * portal pages (TODO(#3)). The module exists now so that the dependency directions are fixed from the start.
 */
package org.reportingportals.themes;
