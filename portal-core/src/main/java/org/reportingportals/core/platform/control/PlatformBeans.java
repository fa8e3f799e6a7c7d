package org.reportingportals.core.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportingportals.i18n.messages.control.MessageCatalog;
import org.reportingportals.themes.assets.control.ThemeAssets;
import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.chain.entity.Theme;
import org.reportingportals.themes.messages.control.ThemeCatalogs;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Builds the plain (framework-free) collaborators once, from configuration, and hands them to CDI. Created
 * eagerly at start-up so that a missing secret in production fails the deployment instead of the first
 * report.
 */
@ApplicationScoped
public class PlatformBeans {

    @Inject
    @ConfigProperty(name = "portal.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "portal.secret-key")
    Optional<String> secretKey;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final ThemeChains themeChains = new ThemeChains(PlatformBeans.class.getClassLoader());
    private final ThemeCatalogs themeCatalogs = new ThemeCatalogs(themeChains, List.of("i18n/messages"));
    private final MessageCatalog catalog = themeCatalogs.of(Theme.BASE);
    private final PageMessages pageMessages = new PageMessages(themeCatalogs);
    private final ThemeAssets themeAssets = new ThemeAssets(themeChains);
    private Secrets secrets;

    @PostConstruct
    void init() {
        secrets = Secrets.from(secretKey, PortalMode.parse(mode), random);
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        secrets(); // touches the bean so init() runs now: production without a key fails the deployment
    }

    /** The master key; each component derives its own purpose keys from it. */
    @Produces
    public Secrets secrets() {
        return secrets;
    }

    @Produces
    public SecureRandom random() {
        return random;
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    @Produces
    public MessageCatalog messageCatalog() {
        return catalog;
    }

    @Produces
    public PageMessages pageMessages() {
        return pageMessages;
    }

    @Produces
    public ThemeChains themeChains() {
        return themeChains;
    }

    @Produces
    public ThemeAssets themeAssets() {
        return themeAssets;
    }
}
