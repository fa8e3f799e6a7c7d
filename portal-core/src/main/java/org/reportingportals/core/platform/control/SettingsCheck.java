package org.reportingportals.core.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.entity.SettingsGroup;

import java.util.logging.Logger;

/** Reads every settings group as the application starts: a bad value fails the deployment with the key named. */
@ApplicationScoped
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    @Any
    Instance<SettingsGroup> groups;

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int read = 0;
        for (SettingsGroup group : groups) {
            read += group == null ? 0 : 1;
        }
        LOG.fine(read + " settings groups read");
    }
}
