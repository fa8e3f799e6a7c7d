package org.reportingportals.core.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.reportingportals.core.platform.control.Settings;
import org.reportingportals.core.portal.entity.PortalSettings;

import java.net.URI;

/** The citizens' pages' settings, read once. */
@ApplicationScoped
public class PortalBeans {

    @Inject
    Settings settings;

    @Produces
    @Singleton
    public PortalSettings portalSettings() {
        return new PortalSettings(settings.url("portal.quick-exit-url", URI.create("https://www.bbc.com/weather")),
                settings.flag("portal.i18n.pseudo-locale", false));
    }
}
