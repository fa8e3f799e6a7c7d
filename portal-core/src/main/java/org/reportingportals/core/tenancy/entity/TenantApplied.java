package org.reportingportals.core.tenancy.entity;

import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Objects;

/**
 * This instance now serves this committed version of a tenant, whichever instance published it: fired after the
 * directory took it, so what depends on the live tenant (its theme assets) can be made ready before any page of it
 * is asked for.
 */
public record TenantApplied(Tenant tenant, int version) {

    public TenantApplied {
        Objects.requireNonNull(tenant);
    }
}
