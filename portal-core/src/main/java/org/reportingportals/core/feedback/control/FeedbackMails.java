package org.reportingportals.core.feedback.control;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reportingportals.core.platform.control.PageMessages;
import org.reportingportals.core.reports.entity.PublicStatus;
import org.reportingportals.tenant.directory.entity.Tenant;


import java.util.Optional;

/**
 * The feedback email in the reporter's language, as plain text and simple HTML with the portal's name and
 * brand colour. It says whether anything was done, never what the content was.
 */
@ApplicationScoped
public class FeedbackMails {

    /** A composed message. */
    public record Mail(String subject, String text, String html) {
    }

    @Inject
    PageMessages messages;

    public Mail compose(Tenant tenant, ULocale locale, String reference, PublicStatus status) {
        PageMessages.Bound msg = messages.bind(Optional.of(tenant), locale);
        String country = tenant.name(locale);
        String partner = tenant.partner().name().in(locale, tenant.defaultLocale());
        String subject = msg.t("feedback.email.subject", "country", country);
        String outcome = msg.t("feedback.email.status." + status.code());
        String body = msg.t("feedback.email.body", "reference", reference, "status", outcome);
        String footer = msg.t("portal.layout.footer.partner", "partner", partner);
        String text = subject + "\n\n" + body + "\n\n-- \n" + footer + "\n";
        String brand = tenant.branding().colors().getOrDefault("brand", "#1f4e8c");
        String html = "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\" dir=\""
                + (locale.isRightToLeft() ? "rtl" : "ltr") + "\"><body style=\"font-family:sans-serif\">"
                + "<h1 style=\"color:" + brand + ";font-size:20px\">" + escape(subject) + "</h1>"
                + "<p>" + escape(body) + "</p><hr><p style=\"color:#555\">" + escape(footer) + "</p></body></html>";
        return new Mail(subject, text, html);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
