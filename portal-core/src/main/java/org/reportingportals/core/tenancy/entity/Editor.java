package org.reportingportals.core.tenancy.entity;

import java.util.Objects;

/**
 * The staff member changing a tenant's configuration: their {@code iss#sub} for the trail, and whether they are
 * of the platform team, who may change what a partner may not (status, host names, new portals). Taken from the
 * verified sign-on by {@code Tenants.editor()}, never from anything a form sends.
 */
public record Editor(String id, boolean platformAdmin) {

    public Editor {
        Objects.requireNonNull(id);
    }
}
