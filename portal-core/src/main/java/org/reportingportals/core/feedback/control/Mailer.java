package org.reportingportals.core.feedback.control;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * Sends mail over SMTP as configured ({@code portal.mail.*}). Without a host, sending is off and the outbox
 * keeps its messages (addresses still go when retention ends).
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "no-reply@reporting-portals.invalid")
    String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        boolean auth = username.filter(u -> !u.isBlank()).isPresent();
        properties.put("mail.smtp.auth", String.valueOf(auth));
        session = auth ? Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.get(), password.orElse(""));
            }
        }) : Session.getInstance(properties);
    }

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, FeedbackMails.Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
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
