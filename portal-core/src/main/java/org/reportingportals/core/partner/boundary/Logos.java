package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.audit.control.AuditTrail;
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
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public String upload(String tenant, byte[] content, String actor, boolean platformAdmin) {
        String name = store.store(tenant, content, actor, clock.instant());
        String base = configurations.draft(tenant).map(d -> d.yaml()).orElseGet(() -> configurations.live(tenant).yaml());
        configurations.saveDraft(tenant, TenantYaml.withLogo(base, name), actor, platformAdmin, clock.instant());
        audit.record(actor, "tenant.logo.upload", Optional.empty(), Optional.of("tenant=" + tenant + " logo=" + name));
        return name;
    }
}
