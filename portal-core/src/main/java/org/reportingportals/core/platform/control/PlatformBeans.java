package org.reportingportals.core.platform.control;

import java.net.URI;
import java.time.Duration;
import jakarta.json.spi.JsonProvider;
import org.reportingportals.core.platform.entity.StaffSessionSettings;
import org.reportingportals.core.platform.entity.SecretSettings;
import org.reportingportals.core.platform.entity.RateLimitSettings;
import org.reportingportals.core.platform.entity.PortalMode;
import org.reportingportals.core.platform.entity.OidcSettings;
import org.reportingportals.core.platform.entity.NetworkSettings;
import org.reportingportals.core.platform.entity.DatabaseSettings;
import jakarta.inject.Singleton;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
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

    /** The client secret of the dev realm in {@code ops/keycloak/portal-realm.json}: public, so never for production. */
    static final String DEV_CLIENT_SECRET = "portal-web-dev-secret";

    @Inject
    Settings settings;

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
        SecretSettings secret = secretSettings();
        secrets = Secrets.from(secret.secretKey(), secret.mode(), random);
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        secrets(); // touches the bean so init() runs now: production without a key fails the deployment
    }

    /** The master key; each component derives its own purpose keys from it. */
    @Produces
    public Secrets secrets() {
        return secrets;
    }

    /** The signed double-submit CSRF tokens of the citizens' forms, under a key of their own. */
    @Produces
    @Singleton
    public DoubleSubmitTokens doubleSubmitTokens() {
        return new DoubleSubmitTokens(secrets.derive("csrf-double-submit-v1"), random);
    }

    /** Texts the citizens' browsers carry for us instead of a session (the receipt on its way to be shown). */
    @Produces
    @Singleton
    public SealedText sealedText() {
        return new SealedText(secrets.derive("sealed-text-v1"), random);
    }

    @Produces
    public SecureRandom random() {
        return random;
    }

    @Produces
    @Singleton
    public SecretSettings secretSettings() {
        return new SecretSettings(mode(settings), settings.text("portal.secret-key"));
    }

    @Produces
    @Singleton
    public DatabaseSettings databaseSettings() {
        return database(settings, mode(settings));
    }

    /** The run mode ({@code portal.mode}); production unless it says dev. */
    static PortalMode mode(Settings settings) {
        return PortalMode.parse(settings.choice("portal.mode", "production", List.of("production", "dev")));
    }

    /**
     * The database. Dev falls back to an embedded H2 file; production refuses to start without a URL, as several
     * instances each on their own H2 file would each be a platform of their own.
     */
    static DatabaseSettings database(Settings settings, PortalMode mode) {
        Optional<String> url = settings.text("portal.db.url");
        if (url.isEmpty() && mode == PortalMode.PRODUCTION) {
            throw new Settings.SettingRefused("portal.db.url (PORTAL_DB_URL) is required in production mode: without it "
                    + "the platform would keep its data in an embedded H2 file of this instance only; set a "
                    + "jdbc:postgresql:// URL, or portal.mode=dev for the embedded database");
        }
        Optional<DatabaseSettings.Login> owner = settings.text("portal.db.owner-user")
                .map(user -> new DatabaseSettings.Login(user, settings.text("portal.db.owner-password", "")));
        return new DatabaseSettings(url.orElse(DatabaseMigration.DEFAULT_URL), owner);
    }

    /**
     * Staff sign-on. Dev falls back to the dev realm's client secret ({@code ops/keycloak/portal-realm.json});
     * production refuses to start without a secret of its own, or with that published one.
     */
    static OidcSettings oidc(Settings settings, PortalMode mode) {
        Optional<String> secret = settings.text("portal.oidc.client-secret");
        if (mode == PortalMode.PRODUCTION && secret.map(DEV_CLIENT_SECRET::equals).orElse(true)) {
            throw new Settings.SettingRefused("portal.oidc.client-secret (PORTAL_OIDC_CLIENT_SECRET) "
                    + (secret.isEmpty() ? "is required" : "is the dev realm's published secret, refused")
                    + " in production mode: set the secret of the realm's portal-web client, or portal.mode=dev");
        }
        return new OidcSettings(settings.url("portal.oidc.issuer", URI.create("http://127.0.0.1:8180/realms/portal")),
                settings.text("portal.oidc.client-id", "portal-web"), secret.orElse(DEV_CLIENT_SECRET));
    }

    @Produces
    @Singleton
    public OidcSettings oidcSettings() {
        return oidc(settings, mode(settings));
    }

    @Produces
    @Singleton
    public RateLimitSettings rateLimitSettings() {
        return new RateLimitSettings(settings.integer("portal.rate-limit.reports", 20, 1, 1_000_000),
                settings.integer("portal.rate-limit.status-checks", 30, 1, 1_000_000));
    }

    @Produces
    @Singleton
    public NetworkSettings networkSettings() {
        return new NetworkSettings(settings.list("portal.hosts"),
                ClientAddresses.parse(settings.text(ClientAddresses.KEY)).trustedRanges());
    }

    /** Who a request comes from, believing {@code X-Forwarded-For} only from the trusted proxies. */
    @Produces
    @Singleton
    public ClientAddresses clientAddresses(NetworkSettings network) {
        return ClientAddresses.parse(Optional.of(String.join(",", network.trustedProxies())));
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

    /** How long a staff sign-on lasts without a request, and at most. */
    @Produces
    @Singleton
    public StaffSessionSettings staffSessionSettings() {
        Duration max = settings.duration("portal.staff.session-max", Duration.ofHours(10), Duration.ofMinutes(5));
        Duration idle = settings.duration("portal.staff.session-idle", Duration.ofMinutes(30), Duration.ofMinutes(1));
        if (idle.compareTo(max) > 0) {
            throw Settings.refused("portal.staff.session-idle", idle.toString(), "a duration no longer than portal.staff.session-max (" + max + ")");
        }
        return new StaffSessionSettings(idle, max);
    }

    /** Staff sign-ons carried by the browser, sealed under a key of their own (not the citizens' sealed texts). */
    @Produces
    @Singleton
    public StaffPasses staffPasses(StaffSessionSettings sessions) {
        return new StaffPasses(new SealedText(secrets.derive("staff-pass-v1"), random), sessions, JsonProvider.provider());
    }

    /** Asked before a browser is sent to sign on, so a provider that is down ends on our page, not a browser error. */
    @Produces
    @Singleton
    public ProviderReachability providerReachability(OidcSettings oidc) {
        return new ProviderReachability(oidc.issuer(), clock);
    }
}
