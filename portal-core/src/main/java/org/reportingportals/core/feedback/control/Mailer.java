package org.reportingportals.core.feedback.control;

import org.reportingportals.core.feedback.entity.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Optional;
import java.util.Properties;

/**
 * Sends mail over SMTP as configured ({@code portal.mail.*}). Without a host, sending is off and the outbox
 * keeps its messages (addresses still go when retention ends).
 */
@ApplicationScoped
public class Mailer {

    @Inject
    MailSettings settings;

    private Session session;

    @PostConstruct
    void init() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        boolean auth = settings.username().isPresent();
        properties.put("mail.smtp.auth", String.valueOf(auth));
        session = auth ? Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username().get(), settings.password().orElse(""));
            }
        }) : Session.getInstance(properties);
    }

    public boolean enabled() {
        return settings.sending();
    }

    public void send(String to, FeedbackMails.Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(mail.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }
}
