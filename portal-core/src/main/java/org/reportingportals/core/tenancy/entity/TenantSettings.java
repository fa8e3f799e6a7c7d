package org.reportingportals.core.tenancy.entity;

import org.reportingportals.core.platform.entity.SettingsGroup;

import java.time.Duration;

/**
 * Tenants ({@code portal.tenants.poll}, 2 s): how often an instance looks for versions published elsewhere; a
 * publication is served everywhere within this plus one read of the versions, so it must stay well under 5 s.
 */
public record TenantSettings(Duration poll) implements SettingsGroup {
}
