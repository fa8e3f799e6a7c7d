package org.reportingportals.core.tenancy.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A change to a tenant's configuration by a staff member, fired as a CDI event in the change's transaction so
 * its audit record commits with it. {@code detail} names the tenant and what changed (a version, a locale, a
 * diff summary of configuration keys), never anything typed by a citizen.
 */
public record TenantChanged(Change change, String actor, String detail, Instant at) {

    public enum Change {
        CREATED, STATUS_CHANGED, DRAFT_SAVED, DRAFT_DISCARDED, PREVIEWED, PUBLISHED, ROLLED_BACK, LOGO_UPLOADED,
        TRANSLATIONS_SAVED, LOCALE_ADDED
    }

    public TenantChanged {
        Objects.requireNonNull(change);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(at);
    }
}
