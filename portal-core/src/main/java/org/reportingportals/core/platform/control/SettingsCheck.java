package org.reportingportals.core.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.entity.PortalMode;
import org.reportingportals.core.platform.entity.SettingsGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads every settings group, and makes the master key, before anything else starts (the migration waits for it):
 * a bad or unsafe value fails the deployment with the key named.
 *
 * <p>In production a failed deployment is not enough: Payara Micro keeps running without the application, logs
 * "ready" and answers {@code /health} with UP, so an orchestrator would route traffic to an instance that serves
 * only 404s. A refusal in production therefore ends the process with exit status {@value #REFUSED} once it is
 * logged (and the deployment fails as well, should the exit be slow).
 */
@Singleton
@Startup
public class SettingsCheck {

    /** The exit status of a production start refused for its settings ({@code EX_CONFIG} of sysexits.h). */
    public static final int REFUSED = 78;
    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    @Any
    Instance<SettingsGroup> groups;

    @Inject
    Instance<Secrets> secrets;

    @Inject
    Settings settings;

    @PostConstruct
    void atStartup() {
        try {
            // obtaining each group makes its producer read and check its keys now
            List<String> read = new ArrayList<>();
            for (SettingsGroup group : groups) {
                read.add(group.getClass().getSimpleName()); // the names only: a value can be a password or a JDBC URL
            }
            secrets.get().derive("settings-check");
            LOG.fine(() -> "settings read: " + read);
        } catch (RuntimeException refused) {
            String reason = reason(refused);
            if (inProduction()) {
                LOG.severe(() -> "refusing to start in production mode: " + reason + "; the process exits with status "
                        + REFUSED);
                exit();
            }
            throw refused;
        }
    }

    /** The refusal's own sentence (naming the key), even when CDI wrapped it. */
    static String reason(Throwable refused) {
        Throwable cause = refused;
        while (cause != null) {
            if (cause instanceof Settings.SettingRefused || cause instanceof IllegalStateException
                    || cause instanceof IllegalArgumentException) {
                if (cause.getMessage() != null && cause.getMessage().startsWith("portal.")) {
                    return cause.getMessage();
                }
            }
            cause = cause.getCause();
        }
        return refused.getClass().getSimpleName() + ": " + refused.getMessage();
    }

    /** Production unless {@code portal.mode} clearly says dev: an unreadable mode is no reason to relax. */
    private boolean inProduction() {
        try {
            return PlatformBeans.mode(settings) == PortalMode.PRODUCTION;
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    /**
     * Exits from a thread of its own: {@code System.exit} runs Payara's shutdown hooks, which wait for the deployment
     * this thread is still part of. Should the hooks hang, the process is halted after 30 s.
     */
    private static void exit() {
        Thread exit = new Thread(() -> System.exit(REFUSED), "portal-refused-to-start");
        exit.start();
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(REFUSED);
        }, "portal-refused-to-start-halt");
        halt.setDaemon(true);
        halt.start();
    }
}
