/**
 * The tenant model and the directory that resolves a tenant code.
 *
 * <p>Decisions: plain Java with no Jakarta API, so the model is testable without a container and the WAR
 * decides how it is exposed (CDI producer in portal-core). A tenant is typed configuration: core code asks a
 * {@code Tenant} what it offers (locales, status) and never branches on a tenant's code.
 */
package org.reportingportals.tenant;
