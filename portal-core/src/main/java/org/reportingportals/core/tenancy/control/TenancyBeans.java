package org.reportingportals.core.tenancy.control;

import java.time.Duration;
import org.reportingportals.core.tenancy.entity.TenantSettings;
import org.reportingportals.core.platform.control.Settings;
import jakarta.inject.Singleton;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.control.Secrets;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;

/**
 * This instance's tenant directory, loaded from the shipped files at start (a bad file stops the deployment,
 * naming file, field and problem), and the key that signs preview tokens.
 */
@ApplicationScoped
public class TenancyBeans {

    @Inject
    Secrets secrets;

    @Inject
    Settings settings;

    private final TenantDirectory directory = TenantFiles.fromClasspath(TenancyBeans.class.getClassLoader());
    private PreviewTokens previewTokens;

    @PostConstruct
    void init() {
        previewTokens = new PreviewTokens(secrets.derive("tenant-preview-v1"));
    }

    @Produces
    @Singleton
    public TenantSettings tenantSettings() {
        return new TenantSettings(settings.duration("portal.tenants.poll", Duration.ofSeconds(2), Duration.ofMillis(100)));
    }

    @Produces
    public TenantDirectory tenantDirectory() {
        return directory;
    }

    @Produces
    public PreviewTokens previewTokens() {
        return previewTokens;
    }
}
