package org.reportingportals.core.tenancy.entity;

import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Objects;

/**
 * A version of a tenant's configuration written in the current transaction (publication, rollback, creation,
 * status change). Observed after the commit only, so a publication whose transaction fails is never served.
 */
public record TenantPublished(Tenant tenant, int version) {

    public TenantPublished {
        Objects.requireNonNull(tenant);
    }
}
