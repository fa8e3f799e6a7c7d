package org.reportingportals.core.reports.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.control.Secrets;

import java.security.SecureRandom;

/**
 * The reports component's framework-free collaborators, built once with their purpose keys derived from the
 * platform's master key. Built at start-up, so a missing key fails the deployment rather than the first report.
 */
@ApplicationScoped
public class ReportBeans {

    @Inject
    Secrets secrets;

    @Inject
    SecureRandom random;

    private final UrlNormaliser urlNormaliser = new UrlNormaliser();
    private final HostSpoofing hostSpoofing = new HostSpoofing();
    private References references;
    private ContactCipher contactCipher;
    private Receipts receipts;

    @PostConstruct
    void init() {
        references = new References(random);
        contactCipher = new ContactCipher(secrets.derive("contact-encryption-v1"), random);
        receipts = new Receipts(random, secrets.derive("receipt-derivation-v1"), secrets.derive("receipt-hash-v1"));
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        receipts(); // touches the bean so init() runs now
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
    public Receipts receipts() {
        return receipts;
    }

    @Produces
    public ContactCipher contactCipher() {
        return contactCipher;
    }
}
