package org.reportingportals.core.tenancy.control;

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

    private final TenantDirectory directory = TenantFiles.fromClasspath(TenancyBeans.class.getClassLoader());
    private PreviewTokens previewTokens;

    @PostConstruct
    void init() {
        previewTokens = new PreviewTokens(secrets.derive("tenant-preview-v1"));
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
