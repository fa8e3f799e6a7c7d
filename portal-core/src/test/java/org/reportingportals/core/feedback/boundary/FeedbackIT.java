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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.Eventually;
import org.reportingportals.core.testing.TestDatabase;
import org.reportingportals.core.testing.TestTokens;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feedback emails through the outbox to a real SMTP server in this JVM (GreenMail on 127.0.0.1:3025, where
 * the server under test is told to send, pumped every second: {@code portal.mail.poll=PT1S}). Each message is
 * claimed and committed before the SMTP exchange and its result recorded after; the PostgreSQL-only tests play a
 * second instance through the shared database, as a dead sender or as the instance holding the pump's tick.
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
        // on a database shared with earlier test classes, the outbox may first deliver a message one of them left
        Eventually.until(Duration.ofSeconds(30), () -> received("mtoa.taarifa@example.org") >= 1,
                "the outbox retried and delivered");
        assertSentOnce("mtoa.taarifa@example.org");
        MimeMessage message = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("mtoa.taarifa@example.org");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
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

    @Test
    void aMessageIsSentOnceThoughThePumpKeepsTicking() throws Exception {
        mail = new GreenMail(SMTP);
        mail.start();
        reportAndAssess("{\"urls\":[\"http://mail-once.example/\"],"
                + "\"contact\":{\"email\":\"once@example.org\"},\"feedback\":\"email\"}", "[\"none\"]");
        Eventually.until(Duration.ofSeconds(30), () -> received("once@example.org") >= 1, "the email arrives");
        assertSentOnce("once@example.org");
    }

    /**
     * A sender that died between its committed claim and its result, as it leaves the row: the attempt counted, a
     * claim token no live instance holds, and the message not due before the lease ends. The live instance leaves
     * it alone while the lease runs, then sends it, once.
     */
    @Test
    @Tag("postgres-only")
    void onPostgresAMessageWhoseSenderDiedMidSendIsSentOnceItsLeaseLapses() throws Exception {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres: H2 runs inside the server's JVM, out of the test's reach");
        String reportId;
        try (SmtpThatHangsUp failing = new SmtpThatHangsUp(SMTP)) {
            reportId = reportAndAssess("{\"urls\":[\"http://mail-dead-sender.example/\"],"
                    + "\"contact\":{\"email\":\"dead.sender@example.org\"},\"feedback\":\"email\"}", "[\"none\"]")
                    .getString("reportId");
            Eventually.until(Duration.ofSeconds(60), () -> failing.connections() >= 1, "a first, failed attempt");
            // the dead instance's claim, written when no live claim is under way, with a lease of 8 s of database time
            Eventually.until(Duration.ofSeconds(30), () -> claimAsADeadInstance(reportId, 8), "the row free to claim");
        }
        int attemptsLeftByTheDead = Integer.parseInt(outboxRow(reportId, "attempts"));
        mail = new GreenMail(SMTP);
        mail.start();
        Thread.sleep(4_000);
        assertEquals(0, received("dead.sender@example.org"), "nobody sends while the dead sender's lease runs");
        assertEquals("dead-instance-claim", outboxRow(reportId, "claim_token"), "and its claim stays as it left it");
        Eventually.until(Duration.ofSeconds(30), () -> received("dead.sender@example.org") >= 1,
                "sent once the lease has lapsed");
        assertSentOnce("dead.sender@example.org");
        Eventually.until(Duration.ofSeconds(10), () -> outboxRow(reportId, "sent_at") != null, "the send is recorded");
        assertEquals(null, outboxRow(reportId, "claim_token"), "the live instance's result ended the claim");
        assertEquals(String.valueOf(attemptsLeftByTheDead + 1), outboxRow(reportId, "attempts"),
                "the dead sender's attempt counted, and one more that sent it");
    }

    /**
     * Another instance holding the pump's tick (its row in job_ticks locked, as while it claims): this instance skips
     * the tick instead of waiting or pumping too, and pumps again once the tick is free.
     */
    @Test
    @Tag("postgres-only")
    void onPostgresThePumpSkipsATickAnotherInstanceHolds() throws Exception {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres: H2 runs inside the server's JVM, out of the test's reach");
        mail = new GreenMail(SMTP);
        mail.start();
        try (Connection otherInstance = TestDatabase.connect()) {
            otherInstance.setAutoCommit(false);
            try (PreparedStatement hold = otherInstance.prepareStatement(
                    "SELECT job FROM job_ticks WHERE job = 'feedback-outbox' FOR UPDATE")) {
                hold.executeQuery().close();
            }
            reportAndAssess("{\"urls\":[\"http://mail-tick.example/\"],"
                    + "\"contact\":{\"email\":\"tick@example.org\"},\"feedback\":\"email\"}", "[\"none\"]");
            Thread.sleep(4_000);
            assertEquals(0, received("tick@example.org"), "no pumping here while another instance holds the tick");
            otherInstance.rollback();
        }
        Eventually.until(Duration.ofSeconds(30), () -> received("tick@example.org") >= 1, "pumped at a later tick");
        assertSentOnce("tick@example.org");
    }

    /** Messages GreenMail has received for {@code address}. */
    private int received(String address) {
        int count = 0;
        try {
            for (MimeMessage received : mail.getReceivedMessages()) {
                for (Address to : received.getAllRecipients()) {
                    count += to.toString().equals(address) ? 1 : 0;
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return count;
    }

    /** Exactly one message for {@code address}, still one after several more ticks of the pump (1 s each). */
    private void assertSentOnce(String address) throws InterruptedException {
        assertEquals(1, received(address), "one email to " + address);
        Thread.sleep(3_000);
        assertEquals(1, received(address), "still one email to " + address + " after three more ticks");
    }

    /** Writes a dead instance's committed claim; false when a live claim is under way (then ask again). */
    private static boolean claimAsADeadInstance(String reportId, int leaseSeconds) {
        try (Connection db = TestDatabase.connect(); PreparedStatement claim = db.prepareStatement(
                "UPDATE feedback_outbox SET claim_token = 'dead-instance-claim', attempts = attempts + 1, "
                        + "claimed_at = CURRENT_TIMESTAMP AT TIME ZONE 'UTC', "
                        + "next_attempt_at = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC') + ? * INTERVAL '1 second' "
                        + "WHERE report_id = ? AND claim_token IS NULL AND sent_at IS NULL AND given_up_at IS NULL")) {
            claim.setInt(1, leaseSeconds);
            claim.setString(2, reportId);
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String outboxRow(String reportId, String column) {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT " + column + " FROM feedback_outbox WHERE report_id = ?")) {
            query.setString(1, reportId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "an outbox row for the report");
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
