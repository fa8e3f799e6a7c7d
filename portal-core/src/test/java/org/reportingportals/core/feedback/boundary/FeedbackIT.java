package org.reportingportals.core.feedback.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.Eventually;
import org.reportingportals.core.testing.TestTokens;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feedback emails through the outbox to a real SMTP server in this JVM (GreenMail on 127.0.0.1:3025, where
 * the server under test is told to send).
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackIT {

    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final String CLAIMS = "api/v1/queue/claims";

    @ArquillianResource
    URL base;

    private Api api;
    private GreenMail mail;
    private final String alice = Api.bearer(TestTokens.analyst("alice"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
        api.drainQueue();
    }

    @AfterEach
    void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    private JsonObject reportAndAssess(String body, String actions) {
        Api.Reply submitted = api.post("api/v1/portals/ug/reports", body);
        assertEquals(201, submitted.status(), submitted.body());
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        Api.Reply assessed = api.post("api/v1/reports/" + claimed.getString("id") + "/urls/"
                        + claimed.getJsonArray("urls").getJsonObject(0).getString("id") + "/assessments",
                "{\"outcome\":\"criminal-b\",\"actions\":" + actions + "}", "Authorization", alice);
        assertEquals(201, assessed.status(), assessed.body());
        return Json.of(submitted.json(), claimed.getString("id"));
    }

    private boolean contactOnFile(String reportId) {
        return api.get("api/v1/reports/" + reportId, "Authorization", alice).json().getBoolean("contactOnFile");
    }

    @Test
    void theEmailWaitsWhileSmtpFailsThenArrivesInTheReportersLanguageAndTheAddressIsDeleted() throws Exception {
        JsonObject report;
        String reportId;
        try (SmtpThatHangsUp failing = new SmtpThatHangsUp(SMTP)) {
            report = reportAndAssess("{\"urls\":[\"http://mail-one.example/\"],\"locale\":\"sw\","
                    + "\"contact\":{\"email\":\"mtoa.taarifa@example.org\"},\"feedback\":\"email\"}", "[\"notice-and-takedown\"]");
            reportId = report.getString("reportId");
            // a first attempt and a retry, both failed
            Eventually.until(Duration.ofSeconds(60), () -> failing.connections() >= 2,
                    "the outbox tries the SMTP server twice");
            assertTrue(contactOnFile(reportId), "kept while the email could not be sent");
        }

        mail = new GreenMail(SMTP);
        mail.start();
        assertTrue(mail.waitForIncomingEmail(30_000, 1), "the outbox retried and delivered");
        MimeMessage message = mail.getReceivedMessages()[0];
        assertEquals("mtoa.taarifa@example.org", message.getAllRecipients()[0].toString());
        assertEquals("Ripoti yako kwa tovuti ya kuripoti ya Uganda", message.getSubject());
        String content = GreenMailUtil.getBody(message);
        assertTrue(content.contains(report.getString("reference")), "names the reference");
        assertTrue(content.contains("imetathminiwa, na hatua imechukuliwa"), "says action was taken, in Swahili");
        assertTrue(content.contains("lang=3D\"sw\"") || content.contains("lang=\"sw\""), "an HTML part in Swahili");
        assertFalse(content.toLowerCase().contains("criminal"), "nothing about the outcome's category");
        assertFalse(content.contains("mail-one.example"), "nothing about the content");
        Eventually.until(Duration.ofSeconds(30), () -> !contactOnFile(reportId), "the address is deleted after sending");
    }

    @Test
    void noEmailWithoutAskingForOne() throws Exception {
        mail = new GreenMail(SMTP);
        mail.start();
        JsonObject quiet = reportAndAssess("{\"urls\":[\"http://mail-two.example/\"],"
                + "\"contact\":{\"email\":\"quiet@example.org\"},\"feedback\":\"receipt\"}", "[\"none\"]");
        assertTrue(quiet.getString("reference").startsWith("UG-"));
        // a report assessed after it that does ask: the outbox sends oldest first, so once this email is in, an
        // email for the quiet report would be in too
        reportAndAssess("{\"urls\":[\"http://mail-three.example/\"],"
                + "\"contact\":{\"email\":\"asks@example.org\"},\"feedback\":\"email\"}", "[\"none\"]");
        assertTrue(mail.waitForIncomingEmail(30_000, 1), "the email that was asked for");
        List<String> recipients = new ArrayList<>();
        for (MimeMessage received : mail.getReceivedMessages()) {
            for (Address to : received.getAllRecipients()) {
                recipients.add(to.toString());
            }
        }
        assertEquals(List.of("asks@example.org"), recipients, "feedback by receipt only: no email to quiet@example.org");
    }

    /**
     * Listens where the SMTP server will be and hangs up on every connection before the greeting, so each
     * delivery attempt fails as against a broken server, and the test can count the attempts.
     */
    private static final class SmtpThatHangsUp implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket();
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        SmtpThatHangsUp(ServerSetup where) throws IOException {
            socket.setReuseAddress(true); // GreenMail binds the same port right after
            socket.bind(new InetSocketAddress(where.getBindAddress(), where.getPort()));
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "smtp-that-hangs-up");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            socket.close();
            acceptor.join(10_000);
        }
    }

    /** The acknowledgement plus the report id the claim revealed. */
    private static final class Json {
        static JsonObject of(JsonObject acknowledgement, String reportId) {
            return jakarta.json.Json.createObjectBuilder(acknowledgement).add("reportId", reportId).build();
        }
    }
}
