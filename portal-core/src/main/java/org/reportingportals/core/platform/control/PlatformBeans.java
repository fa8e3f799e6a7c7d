package org.reportingportals.core.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportingportals.core.reports.control.ContactCipher;
import org.reportingportals.core.reports.control.HostSpoofing;
import org.reportingportals.core.reports.control.Receipts;
import org.reportingportals.core.reports.control.References;
import org.reportingportals.core.reports.control.UrlNormaliser;
import org.reportingportals.core.portal.control.PageMessages;
import org.reportingportals.i18n.messages.control.MessageCatalog;
import org.reportingportals.themes.assets.control.ThemeAssets;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;

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

    @Inject
    @ConfigProperty(name = "portal.receipt.hash-iterations", defaultValue = "100000")
    int receiptHashIterations;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final UrlNormaliser urlNormaliser = new UrlNormaliser();
    private final HostSpoofing hostSpoofing = new HostSpoofing();
    private final References references = new References(random);
    private final TenantDirectory tenantDirectory = TenantFiles.fromClasspath(PlatformBeans.class.getClassLoader());
    private final MessageCatalog catalog = new MessageCatalog(PlatformBeans.class.getClassLoader(),
            List.of("i18n/messages", "themes/base/messages/messages"));
    private final PageMessages pageMessages = new PageMessages(catalog);
    private final ThemeAssets themeAssets = new ThemeAssets(PlatformBeans.class.getClassLoader());
    private ContactCipher contactCipher;
    private Receipts receipts;
    private org.reportingportals.core.partner.control.PreviewTokens previewTokens;

    @PostConstruct
    void init() {
        Secrets secrets = Secrets.from(secretKey, PortalMode.parse(mode), random);
        contactCipher = new ContactCipher(secrets.derive("contact-encryption-v1"), random);
        receipts = new Receipts(random, receiptHashIterations, secrets.derive("receipt-derivation-v1"));
        previewTokens = new org.reportingportals.core.partner.control.PreviewTokens(secrets.derive("tenant-preview-v1"));
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        receipts(); // touches the bean so init() runs now
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    @Produces
    public UrlNormaliser urlNormaliser() {
        return urlNormaliser;
    }

    @Produces
    public HostSpoofing hostSpoofing() {
        return hostSpoofing;
    }

    @Produces
    public References references() {
        return references;
    }

    @Produces
    public org.reportingportals.core.partner.control.PreviewTokens previewTokens() {
        return previewTokens;
    }

    @Produces
    public Receipts receipts() {
        return receipts;
    }

    @Produces
    public ContactCipher contactCipher() {
        return contactCipher;
    }

    @Produces
    public TenantDirectory tenantDirectory() {
        return tenantDirectory;
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
    public ThemeAssets themeAssets() {
        return themeAssets;
    }
}
