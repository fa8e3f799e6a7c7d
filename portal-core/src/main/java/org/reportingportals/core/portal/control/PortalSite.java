package org.reportingportals.core.portal.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.Initialized;
import org.reportingportals.i18n.languages.control.Languages;

import org.reportingportals.core.portal.entity.PortalSettings;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.core.portal.entity.LanguageLink;
import org.reportingportals.core.portal.entity.Number;
import org.reportingportals.core.portal.entity.Page;
import org.reportingportals.i18n.messages.control.PseudoLocalizer;
import org.reportingportals.core.tenancy.control.LogoStore;
import org.reportingportals.core.tenancy.control.TenantLocales;
import org.reportingportals.core.tenancy.entity.TenantApplied;
import org.reportingportals.themes.assets.control.ThemeAssets;
import org.reportingportals.themes.assets.control.TokenStylesheet;
import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.templates.control.ThemeTemplateResolver;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Helpline;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the page model of a tenant's portal in one language: names, language switcher, numbers, theme
 * stylesheets. The tenant's colour tokens become a fingerprinted stylesheet once, at start-up, and again for each
 * version this instance applies ({@link TenantApplied}, whichever instance published it), together with its logo:
 * so {@code /assets} serves a fresh publication's files on every instance before any page of it is rendered there.
 * Uploaded logos are read from the database, which every instance shares.
 */
@ApplicationScoped
public class PortalSite {

    private static final Logger LOG = Logger.getLogger(PortalSite.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    ThemeAssets assets;

    @Inject
    ThemeChains themes;

    @Inject
    LogoStore logos;

    @Inject
    TenantLocales locales;

    @Inject
    PortalSettings settings;

    private final Map<String, String> tenantStylesheets = new ConcurrentHashMap<>();

    /** Built at start: a tenant whose theme chain or logo does not load refuses the deployment, not a page. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        tenantStylesheets.size(); // touches the bean so its @PostConstruct runs now
    }

    @PostConstruct
    void prepareTenantThemes() {
        for (Tenant tenant : tenants.all()) {
            themes.chain(tenant.code()); // a broken theme.properties is refused here, naming the file, not mid-page
            stylesheet(tenant);
            tenant.branding().logo().filter(logo -> !logo.startsWith(LogoStore.PREFIX))
                    .ifPresent(logo -> assets.tenantFile(tenant.code(), logo).orElseThrow(
                    () -> new IllegalStateException("tenants/" + tenant.code() + ".yaml: theme.logo: no file static/"
                            + logo + " in theme " + tenant.code() + " or its parents (themes module)")));
        }
    }

    /** Registers the applied version's stylesheet and logo; what fails here is tried again by its first page. */
    void applied(@Observes TenantApplied applied) {
        Tenant tenant = applied.tenant();
        try {
            stylesheet(tenant);
            tenant.branding().logo().ifPresent(file -> assets.tenantFile(tenant.code(), file).or(() -> uploaded(tenant.code(), file)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "assets of tenant {0} version {1} not registered yet ({2})",
                    new Object[] {tenant.code(), applied.version(), e.getClass().getSimpleName()});
        }
    }

    /** A logo the partner uploaded (checked when it was stored), served like the theme's own files. */
    private Optional<org.reportingportals.themes.assets.entity.Asset> uploaded(String tenant, String file) {
        return logos.read(file).map(bytes -> assets.register(tenant + "/" + file, bytes, file));
    }

    /** The tenant's colour tokens as a fingerprinted stylesheet; a published or previewed palette gets its own. */
    private String stylesheet(Tenant tenant) {
        String key = tenant.code() + "|" + new java.util.TreeMap<>(tenant.branding().colors());
        return tenantStylesheets.computeIfAbsent(key, k -> {
            byte[] css = TokenStylesheet.render(tenant.branding().colors()).getBytes(StandardCharsets.UTF_8);
            return "/assets/" + assets.register(tenant.code() + "/theme.css", css, "theme-" + tenant.code() + ".css")
                    .fingerprinted();
        });
    }

    /** The page language a path segment asks for, if this portal offers it (or it is the enabled pseudo-locale). */
    public Optional<ULocale> pageLocale(Tenant tenant, String tag) {
        if (settings.pseudoLocale() && PseudoLocalizer.PSEUDO.toLanguageTag().equals(tag)) {
            return Optional.of(PseudoLocalizer.PSEUDO);
        }
        return locales.of(tenant).matchExplicit(tag);
    }

    /**
     * @param base  the path the tenant's pages start at: {@code /ug}, or empty on the tenant's own host
     * @param page  the page id, also the path after the language ({@code ""} for home)
     */
    public Page page(Tenant tenant, ULocale locale, String page, String base) {
        String lang = locale.toLanguageTag();
        List<LanguageLink> languages = new ArrayList<>();
        for (ULocale offered : tenant.locales()) {
            String tag = offered.toLanguageTag();
            languages.add(new LanguageLink(tag, Languages.endonym(offered), base + "/" + tag + "/" + path(page),
                    offered.equals(locale), Languages.dir(offered)));
        }
        List<String> stylesheets = List.of("/assets/" + assets.base("portal.css").fingerprinted(),
                stylesheet(tenant));
        Optional<String> logo = tenant.branding().logo()
                .flatMap(file -> assets.tenantFile(tenant.code(), file).or(() -> uploaded(tenant.code(), file)))
                .map(asset -> "/assets/" + asset.fingerprinted());
        return new Page(page.isEmpty() ? "home" : page, tenant.code(), tenant.code(), lang, Languages.dir(locale),
                tenant.name(locale),
                tenant.partner().name().in(locale, tenant.defaultLocale()), tenant.partner().url(),
                base + "/" + lang + "/", languages, numbers(tenant.helplines(), locale, tenant),
                numbers(tenant.emergencyNumbers(), locale, tenant), stylesheets, logo, settings.quickExit().toString());
    }

    /** A page outside any tenant (an unknown portal's 404): base theme only. */
    public Page platformPage(String id, ULocale locale) {
        return new Page(id, "", ThemeTemplateResolver.BASE, locale.toLanguageTag(), Languages.dir(locale), "", "", "",
                "/", List.of(), List.of(), List.of(), List.of("/assets/" + assets.base("portal.css").fingerprinted()),
                Optional.empty(), settings.quickExit().toString());
    }

    private static String path(String page) {
        return page.isEmpty() ? "" : page;
    }

    private static List<Number> numbers(List<Helpline> lines, ULocale locale, Tenant tenant) {
        return lines.stream().map(h -> new Number(h.name().in(locale, tenant.defaultLocale()), h.number(), h.dialable(),
                h.hours().map(hours -> hours.in(locale, tenant.defaultLocale())))).toList();
    }
}
