package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.event.Event;
import org.reportingportals.core.tenancy.entity.TenantChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.tenancy.control.LogoStore;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.tenant.directory.control.TenantYaml;

import java.time.Clock;
import java.util.Optional;

/** The transaction of a logo upload: the checked file stored, the draft pointed at it, the change audited. */
@ApplicationScoped
public class Logos {

    @Inject
    LogoStore store;

    @Inject
    TenantConfigurations configurations;

    @Inject
    Event<TenantChanged> events;

    @Inject
    Clock clock;

    @Transactional
    public String upload(String tenant, byte[] content, String actor, boolean platformAdmin) {
        String name = store.store(tenant, content, actor, clock.instant());
        String base = configurations.draft(tenant).map(d -> d.yaml()).orElseGet(() -> configurations.live(tenant).yaml());
        configurations.saveDraft(tenant, TenantYaml.withLogo(base, name), actor, platformAdmin, clock.instant());
        events.fire(new TenantChanged(TenantChanged.Change.LOGO_UPLOADED, actor, "tenant=" + tenant + " logo=" + name, clock.instant()));
        return name;
    }
}
