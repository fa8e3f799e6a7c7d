package org.reportingportals.core.tenancy.entity;

import org.reportingportals.core.platform.entity.SettingsGroup;

import java.time.Duration;

/**
 * Tenants ({@code portal.tenants.poll}): how often an instance looks for versions published elsewhere.
 */
public record TenantSettings(Duration poll) implements SettingsGroup {
}
