package org.reportingportals.core.feedback.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
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
import org.reportingportals.core.testing.TestTokens;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

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

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.getAsBoolean();
    }

    @Test
    void theEmailWaitsWhileSmtpIsDownThenArrivesInTheReportersLanguageAndTheAddressIsDeleted() throws Exception {
        JsonObject report = reportAndAssess("{\"urls\":[\"http://mail-one.example/\"],\"locale\":\"sw\","
                + "\"contact\":{\"email\":\"mtoa.taarifa@example.org\"},\"feedback\":\"email\"}", "[\"notice-and-takedown\"]");
        String reportId = report.getString("reportId");
        Thread.sleep(2_500); // a few delivery attempts against a closed port
        assertTrue(contactOnFile(reportId), "kept while the email could not be sent");

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
        assertTrue(within(Duration.ofSeconds(10), () -> !contactOnFile(reportId)), "the address is deleted after sending");
    }

    @Test
    void noEmailWithoutAskingForOne() throws Exception {
        mail = new GreenMail(SMTP);
        mail.start();
        JsonObject report = reportAndAssess("{\"urls\":[\"http://mail-two.example/\"],"
                + "\"contact\":{\"email\":\"quiet@example.org\"},\"feedback\":\"receipt\"}", "[\"none\"]");
        assertFalse(mail.waitForIncomingEmail(4_000, 1), "feedback by receipt only");
        assertTrue(report.getString("reference").startsWith("UG-"));
    }

    /** The acknowledgement plus the report id the claim revealed. */
    private static final class Json {
        static JsonObject of(JsonObject acknowledgement, String reportId) {
            return jakarta.json.Json.createObjectBuilder(acknowledgement).add("reportId", reportId).build();
        }
    }
}
