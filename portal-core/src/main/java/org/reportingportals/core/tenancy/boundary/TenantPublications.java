package org.reportingportals.core.tenancy.boundary;

import org.reportingportals.core.tenancy.entity.TenantSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.core.tenancy.entity.TenantApplied;
import org.reportingportals.core.tenancy.entity.TenantPublished;
import org.reportingportals.core.tenancy.entity.TenantVersion;
import org.reportingportals.tenant.directory.control.TenantConfigException;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance's tenants at their newest committed versions. The instance that publishes applies its
 * version as soon as the transaction commits ({@link TenantPublished}, observed after success only: a publication
 * that rolls back is never served). Every instance also reads the newest versions at start-up and then every
 * {@code portal.tenants.poll} (2 s): a version committed anywhere is served by every instance at most one poll
 * interval plus one read of the versions later, within 5 s. Each version applied, either way, is announced as
 * {@link TenantApplied}, so its theme assets are served by this instance before any page of it was rendered here.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantPublications {

    private static final Logger LOG = Logger.getLogger(TenantPublications.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TenantConfigurations configurations;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantSettings settings;

    @Inject
    Event<TenantApplied> applications;

    private final Map<String, Integer> applied = new ConcurrentHashMap<>();

    /**
     * An EJB timer, not a managed executor: its callback runs as an invocation of this bean, which the
     * container-managed persistence context needs (a plain executor thread gets "no invocation on stack").
     */
    @PostConstruct
    void start() {
        tick();
        long millis = settings.poll().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
    }

    /** The version this instance's own transaction committed; a business method, so it holds the bean's lock too. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantPublished published) {
        if (applied.getOrDefault(published.tenant().code(), 0) < published.version()) {
            apply(published.tenant(), published.version());
        }
    }

    @Timeout
    void tick() {
        try {
            for (TenantVersion version : configurations.latestOfEveryTenant()) {
                if (applied.getOrDefault(version.tenantCode(), 0) >= version.version()) {
                    continue;
                }
                try {
                    apply(TenantFiles.parseOne(version.tenantCode(), version.yaml()), version.version());
                } catch (TenantConfigException | IllegalArgumentException e) {
                    // published versions were valid when published; a later platform change may reject one
                    applied.put(version.tenantCode(), version.version());
                    LOG.log(Level.SEVERE, "tenant {0} version {1} no longer loads: {2}",
                            new Object[] {version.tenantCode(), version.version(), e.getMessage()});
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "tenant publication check failed ({0})", e.getClass().getSimpleName());
        }
    }

    private void apply(Tenant tenant, int version) {
        directory.publish(tenant);
        applied.put(tenant.code(), version);
        LOG.log(Level.INFO, "tenant {0} is at version {1}", new Object[] {tenant.code(), version});
        applications.fire(new TenantApplied(tenant, version));
    }
}
