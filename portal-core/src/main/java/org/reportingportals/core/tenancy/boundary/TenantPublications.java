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
import jakarta.inject.Inject;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.core.tenancy.entity.TenantVersion;
import org.reportingportals.tenant.directory.control.TenantConfigException;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance's tenants at their newest published versions: at start-up, then every
 * {@code portal.tenants.poll} (5 s), so a publication on any instance is live on all within seconds. The
 * instance that publishes applies it at once.
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

    @Timeout
    void tick() {
        try {
            for (TenantVersion version : configurations.latestOfEveryTenant()) {
                if (applied.getOrDefault(version.tenantCode(), 0) >= version.version()) {
                    continue;
                }
                try {
                    directory.publish(TenantFiles.parseOne(version.tenantCode(), version.yaml()));
                    applied.put(version.tenantCode(), version.version());
                    LOG.log(Level.INFO, "tenant {0} is at version {1}", new Object[] {version.tenantCode(), version.version()});
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
}
