package org.reportingportals.core.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.entity.SettingsGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Reads every settings group as the application starts: a bad value fails the deployment with the key named. */
@ApplicationScoped
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    @Any
    Instance<SettingsGroup> groups;

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // iterating obtains each group, which makes its producer read and check its keys now
        List<String> read = new ArrayList<>();
        for (SettingsGroup group : groups) {
            read.add(group.getClass().getSimpleName()); // the names only: a value can be a password or a JDBC URL
        }
        LOG.fine(() -> "settings read: " + read);
    }
}
