package org.reportingportals.core.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.reportingportals.core.feedback.entity.MailSettings;
import org.reportingportals.core.platform.control.Settings;

import java.time.Duration;

/** The feedback component's settings, read once. */
@ApplicationScoped
public class FeedbackBeans {

    @Inject
    Settings settings;

    @Produces
    @Singleton
    public MailSettings mailSettings() {
        return new MailSettings(settings.text("portal.mail.host"), settings.integer("portal.mail.port", 25, 1, 65_535),
                settings.text("portal.mail.username"), settings.text("portal.mail.password"),
                settings.flag("portal.mail.starttls", false),
                settings.text("portal.mail.from", "no-reply@reporting-portals.invalid"),
                settings.duration("portal.mail.poll", Duration.ofSeconds(10), Duration.ofMillis(100)),
                settings.duration("portal.mail.retry-base", Duration.ofMinutes(1), Duration.ofSeconds(1)),
                // longer than the SMTP exchange can take (connect 5 s, each read or write at most 10 s)
                settings.duration("portal.mail.lease", Duration.ofMinutes(2), Duration.ofSeconds(30)),
                settings.duration("portal.contact.retention", Duration.ofDays(30), Duration.ofMinutes(1)));
    }
}
