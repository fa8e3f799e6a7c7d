package org.reportingportals.core.assessment.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.TestDatabase;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.Eventually;
import org.reportingportals.core.testing.TestTokens;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The central queue on a real Payara Micro and database, with signed tokens verified by MP-JWT. */
@ExtendWith(ArquillianExtension.class)
class QueueIT {

    private static final String CLAIMS = "api/v1/queue/claims";
    private static final String[] TENANTS = {"ug", "np", "in", "ma"};

    @ArquillianResource
    URL base;

    private Api api;
    private final String alice = Api.bearer(TestTokens.analyst("alice"));
    private final String bob = Api.bearer(TestTokens.analyst("bob"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
        api.drainQueue();
    }

    private String submit(String tenant, boolean childInDanger, String url) {
        Api.Reply reply = api.post("api/v1/portals/" + tenant + "/reports",
                "{\"urls\":[\"" + url + "\"],\"childInDanger\":" + childInDanger + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private Api.Reply claim(String bearer, String query) {
        return api.post(CLAIMS + query, "", "Authorization", bearer);
    }

    @Test
    void claimNeverHandsOneReportToTwoAnalystsAndDrainsTheQueue() throws Exception {
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            submitted.add(submit(TENANTS[i % TENANTS.length], i % 7 == 0, "http://example.com/item/" + i));
        }
        int claimers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentHashMap<String, String> holderByReference = new ConcurrentHashMap<>();
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int c = 0; c < claimers; c++) {
                String analyst = "analyst-" + c;
                String bearer = Api.bearer(TestTokens.analyst(analyst));
                work.add(() -> {
                    start.await();
                    int claimed = 0;
                    while (true) {
                        Api.Reply reply = claim(bearer, "");
                        if (reply.status() == 204) {
                            return claimed;
                        }
                        assertEquals(201, reply.status(), reply.body());
                        String reference = reply.json().getString("reference");
                        if (holderByReference.putIfAbsent(reference, analyst) != null) {
                            duplicates.add(reference);
                        }
                        claimed++;
                    }
                });
            }
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> w : work) {
                results.add(pool.submit(w));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertEquals(List.of(), duplicates, "a report was handed to two analysts");
            assertEquals(100, total);
            assertEquals(submitted, holderByReference.keySet());
            assertTrue(new HashSet<>(holderByReference.values()).size() > 1, "the work was shared");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(204, claim(alice, "").status(), "the queue is drained");
        JsonObject counts = api.get("api/v1/queue", "Authorization", alice).json();
        assertEquals(0, counts.getJsonNumber("waiting").longValue());
    }

    /** Claims until the queue is empty; the references in the order the claims handed them out. */
    private List<String> claimEverything(String bearer) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Api.Reply reply = claim(bearer, "");
            if (reply.status() == 204) {
                return order;
            }
            assertEquals(201, reply.status(), reply.body());
            order.add(reply.json().getString("reference"));
        }
        throw new AssertionError("the queue did not empty: " + order);
    }

    @Test
    void claimsHandOutChildInDangerFirstThenTheRestInIntakeOrder() {
        // received moments apart: the same minute (received times are kept to the minute), or successive minutes
        // in intake order, so within a band intake order decides
        String standard1 = submit("ug", false, "http://example.com/order/standard-1");
        String danger1 = submit("np", true, "http://example.com/order/danger-1");
        String standard2 = submit("in", false, "http://example.com/order/standard-2");
        String standard3 = submit("ma", false, "http://example.com/order/standard-3");
        String danger2 = submit("ug", true, "http://example.com/order/danger-2");
        String standard4 = submit("np", false, "http://example.com/order/standard-4");
        String danger3 = submit("in", true, "http://example.com/order/danger-3");
        String standard5 = submit("ma", false, "http://example.com/order/standard-5");
        assertEquals(List.of(danger1, danger2, danger3, standard1, standard2, standard3, standard4, standard5),
                claimEverything(alice));
    }

    private String selfReport(String tenant, String url, boolean threatened) {
        Api.Reply reply = api.post("api/v1/portals/" + tenant + "/reports", "{\"urls\":[\"" + url
                + "\"],\"reporter\":\"person-shown\",\"ageWhenMade\":\"14-15\",\"threatened\":" + threatened + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    /**
     * The order, as three sort keys: a child in danger (a threatened person shown is one), then the person
     * shown, then the oldest. So within the children in danger the person shown's own report comes first too.
     */
    @Test
    void aChildInDangerComesFirstThenThePersonShownThenTheRestInIntakeOrder() {
        String standard1 = submit("ug", false, "http://example.com/self-order/standard-1");
        String shown1 = selfReport("np", "http://example.com/self-order/shown-1", false);
        String danger1 = submit("in", true, "http://example.com/self-order/danger-1");
        String standard2 = submit("ma", false, "http://example.com/self-order/standard-2");
        String threatened = selfReport("ug", "http://example.com/self-order/threatened", true);
        String shown2 = selfReport("in", "http://example.com/self-order/shown-2", false);
        String standard3 = submit("np", false, "http://example.com/self-order/standard-3");
        assertEquals(List.of(threatened, danger1, shown1, shown2, standard1, standard2, standard3), claimEverything(alice));
    }

    @Test
    void aClaimSaysWhoReportedAndWhatThePersonShownAdded() {
        selfReport("ug", "http://example.com/self-claim", true);
        JsonObject claimed = claim(alice, "").json();
        assertEquals("person-shown", claimed.getString("reporter"));
        assertEquals("14-15", claimed.getString("ageWhenMade"));
        assertTrue(claimed.getBoolean("threatened"));
        assertTrue(claimed.getBoolean("childInDanger"), "a threat is sextortion: a child in danger");
        submit("np", false, "http://example.com/self-claim/bystander");
        JsonObject bystander = claim(alice, "").json();
        assertEquals("bystander", bystander.getString("reporter"));
        assertFalse(bystander.getBoolean("threatened"));
        assertFalse(bystander.containsKey("ageWhenMade") && !bystander.isNull("ageWhenMade"), bystander.toString());
    }

    @Test
    void aReleasedReportGoesBackToItsPlaceAheadOfReportsReceivedAfterIt() {
        // its age is when it was received, not when it came back to the queue
        String first = submit("ug", false, "http://example.com/place/first");
        Api.Reply claimed = claim(alice, "");
        assertEquals(first, claimed.json().getString("reference"));
        String second = submit("np", false, "http://example.com/place/second");
        String third = submit("in", false, "http://example.com/place/third");
        assertEquals(204, api.delete(CLAIMS + "/" + claimed.json().getString("id"), "Authorization", alice).status());
        assertEquals(List.of(first, second, third), claimEverything(bob));
    }

    /**
     * Through the API a later report is never older, so here the test ages reports in the database itself to show
     * that age, not intake, orders each band, and that no age puts a report ahead of a child in danger. PostgreSQL
     * only: H2 runs in the server's memory, out of the test's reach.
     */
    @Test
    @Tag("postgres-only")
    void onPostgresTheOldestComesFirstWithinEachBandWhateverTheIntakeOrder() throws SQLException {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres: H2 runs inside the server's JVM, where the test cannot age a report");
        String danger = submit("ug", true, "http://example.com/age/danger");
        String standard = submit("np", false, "http://example.com/age/standard");
        String olderStandard = submit("in", false, "http://example.com/age/older-standard");
        String muchOlderStandard = submit("ma", false, "http://example.com/age/much-older-standard");
        String olderDanger = submit("ug", true, "http://example.com/age/older-danger");
        receivedEarlier(olderStandard, Duration.ofHours(1));
        receivedEarlier(muchOlderStandard, Duration.ofDays(2));
        String shown = selfReport("np", "http://example.com/age/person-shown", false);
        receivedEarlier(olderDanger, Duration.ofMinutes(5));
        assertEquals(List.of(olderDanger, danger, shown, muchOlderStandard, olderStandard, standard), claimEverything(alice),
                "no age puts a report ahead of the person shown's own");
    }


    /** Moves a report's received time back, as if it had arrived {@code by} earlier than it did. */
    private static void receivedEarlier(String reference, Duration by) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement update = db.prepareStatement(
                     "UPDATE reports SET received_at = received_at - ? * INTERVAL '1 second' WHERE reference = ?")) {
            update.setLong(1, by.toSeconds());
            update.setString(2, reference);
            assertEquals(1, update.executeUpdate(), reference);
        }
    }

    @Test
    void anExpiredLeaseReturnsTheReportToTheQueue() {
        String reference = submit("in", false, "http://example.com/lease");
        // a short lease, so the test waits seconds for it to run out, not the configured quarter hour; long
        // enough that bob's first try below still falls inside it on a busy machine
        Api.Reply first = claim(alice, "?leaseSeconds=3");
        assertEquals(reference, first.json().getString("reference"));
        String id = first.json().getString("id");
        Instant alicesLeaseEnd = Instant.parse(first.json().getString("leaseUntil"));
        assertEquals(204, claim(bob, "").status(), "held while the lease runs");

        Api.Reply[] second = new Api.Reply[1];
        Eventually.until(Duration.ofSeconds(60), () -> (second[0] = claim(bob, "?leaseSeconds=600")).status() == 201,
                "bob can claim the report once alice's lease has run out");
        assertEquals(reference, second[0].json().getString("reference"));
        Instant bobsClaim = Instant.parse(second[0].json().getString("leaseUntil")).minusSeconds(600);
        assertFalse(bobsClaim.isBefore(alicesLeaseEnd), "handed on at " + bobsClaim + ", not before alice's lease ended at "
                + alicesLeaseEnd);
        assertEquals(404, api.delete(CLAIMS + "/" + id, "Authorization", alice).status(), "alice no longer holds it");
        assertEquals(204, api.delete(CLAIMS + "/" + id, "Authorization", bob).status());
    }

    @Test
    void releaseReturnsTheReportAndOnlyTheHolderCanRelease() {
        String reference = submit("ug", false, "http://example.com/release");
        Api.Reply claimed = claim(alice, "");
        String id = claimed.json().getString("id");
        assertTrue(claimed.header("Location").orElse("").endsWith("/api/v1/queue/claims/" + id));
        assertEquals(404, api.delete(CLAIMS + "/" + id, "Authorization", bob).status());
        assertEquals(404, api.delete(CLAIMS + "/not-a-uuid", "Authorization", alice).status());
        assertEquals(204, api.delete(CLAIMS + "/" + id, "Authorization", alice).status());
        assertEquals(reference, claim(bob, "").json().getString("reference"));
    }

    @Test
    void aClaimCarriesTheReportButNothingAboutTheReporter() {
        Api.Reply submitted = api.post("api/v1/portals/ug/reports", """
                {"urls":["http://BÜCHER.example/x","http://trusted.org@evil.example/"],"description":"<b>seen</b>",
                 "whereFound":"chat","contentHints":["videos"],"contact":{"email":"reporter@example.org"},"locale":"sw"}""");
        assertEquals(201, submitted.status(), submitted.body());
        Api.Reply claimed = claim(alice, "");
        JsonObject report = claimed.json();
        assertEquals("ug", report.getString("tenant"));
        assertEquals("sw", report.getString("locale"));
        assertEquals("<b>seen</b>", report.getString("description"));
        assertEquals("chat", report.getString("whereFound"));
        JsonObject idn = report.getJsonArray("urls").getJsonObject(0);
        assertEquals("xn--bcher-kva.example", idn.getString("hostAscii"));
        assertEquals("bücher.example", idn.getString("hostUnicode"));
        assertEquals("http://xn--bcher-kva.example/x", idn.getString("normalised"));
        assertTrue(report.getJsonArray("urls").getJsonObject(1).getBoolean("hadUserinfo"));
        assertTrue(report.getString("receivedAt").endsWith(":00Z"), "coarsened to the minute: " + report.getString("receivedAt"));
        assertFalse(claimed.body().contains("reporter@example.org"));
        assertFalse(claimed.body().toLowerCase().contains("receipt"));
    }

    @Test
    void countsWaitingAndClaimedPerTenantAndPriority() {
        submit("ug", true, "http://example.com/c1");
        submit("ug", false, "http://example.com/c2");
        submit("np", false, "http://example.com/c3");
        claim(alice, "");
        JsonObject counts = api.get("api/v1/queue", "Authorization", bob).json();
        assertEquals(2, counts.getJsonNumber("waiting").longValue());
        assertEquals(0, counts.getJsonObject("byPriority").getJsonNumber("child-in-danger").longValue());
        assertEquals(2, counts.getJsonObject("byPriority").getJsonNumber("standard").longValue());
        JsonObject ug = counts.getJsonArray("byTenant").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("tenant").equals("ug")).findFirst().orElseThrow();
        assertEquals(1, ug.getJsonNumber("waiting").longValue());
        assertTrue(counts.containsKey("oldestWaiting"));
    }

    /**
     * The counts are kept by database triggers and folded in the background, never counted over the reports: at
     * every kind of change (intake, claim, release, a lease running out, assessment) and after a fold, they are
     * what the test itself expects. On PostgreSQL the test also sees the appended changes folded away and the
     * kept totals equal to a count over the reports table.
     */
    @Test
    void countsFollowEveryChangeOfTheQueueAndSurviveTheFold() throws SQLException {
        Counts base = Counts.of(api.get("api/v1/queue", "Authorization", bob).json());
        assertEquals(0, base.waiting(), "drained before each test");
        submit("ug", true, "http://example.com/tally/danger");
        submit("ug", false, "http://example.com/tally/ug");
        submit("np", false, "http://example.com/tally/np-1");
        submit("np", false, "http://example.com/tally/np-2");
        assertCounts(base, 4, 0, 1, 2, 2);

        Api.Reply aliceClaims = claim(alice, "?leaseSeconds=3");
        assertTrue(aliceClaims.json().getBoolean("childInDanger"));
        assertCounts(base, 3, 1, 0, 1, 2);
        String bobsId = claim(bob, "?leaseSeconds=600").json().getString("id");
        assertCounts(base, 2, 2, 0, 0, 2);
        assertEquals(204, api.delete(CLAIMS + "/" + bobsId, "Authorization", bob).status());
        assertCounts(base, 3, 1, 0, 1, 2);

        Eventually.until(Duration.ofSeconds(60), () -> Counts.of(api.get("api/v1/queue", "Authorization", bob).json())
                .waiting() == 4, "alice's lease runs out and her report waits again");
        assertCounts(base, 4, 0, 1, 2, 2);

        JsonObject mine = claim(bob, "?leaseSeconds=600").json();
        JsonObject url = mine.getJsonArray("urls").getJsonObject(0);
        Api.Reply assessed = api.post("api/v1/reports/" + mine.getString("id") + "/urls/" + url.getString("id")
                + "/assessments", "{\"outcome\":\"not-criminal\",\"actions\":[\"none\"]}", "Authorization", bob);
        assertEquals(201, assessed.status(), assessed.body());
        assertCounts(base, 3, 0, 0, 1, 2);

        if (TestDatabase.onPostgres()) {
            Eventually.until(Duration.ofSeconds(60), () -> unfoldedChanges() == 0, "the changes are folded into the totals");
            try (Connection db = TestDatabase.connect();
                 var kept = db.createStatement().executeQuery("SELECT COALESCE(SUM(reports), 0) FROM queue_counts");
                 var counted = db.createStatement().executeQuery(
                         "SELECT COUNT(*) FROM reports WHERE status IN ('RECEIVED', 'IN_ASSESSMENT')")) {
                kept.next();
                counted.next();
                assertEquals(counted.getLong(1), kept.getLong(1), "kept totals equal a count over the reports");
            }
        }
        assertCounts(base, 3, 0, 0, 1, 2);
    }

    private record Counts(long waiting, long claimed, long danger, long ug, long np) {
        static Counts of(JsonObject json) {
            return new Counts(json.getJsonNumber("waiting").longValue(), json.getJsonNumber("claimed").longValue(),
                    json.getJsonObject("byPriority").getJsonNumber("child-in-danger").longValue(),
                    waitingOf(json, "ug"), waitingOf(json, "np"));
        }

        private static long waitingOf(JsonObject json, String tenant) {
            return json.getJsonArray("byTenant").stream().map(v -> v.asJsonObject())
                    .filter(t -> t.getString("tenant").equals(tenant)).findFirst()
                    .map(t -> t.getJsonNumber("waiting").longValue()).orElse(0L);
        }
    }

    private void assertCounts(Counts base, long waiting, long claimedMore, long danger, long ug, long np) {
        Counts now = Counts.of(api.get("api/v1/queue", "Authorization", bob).json());
        assertEquals(new Counts(waiting, base.claimed() + claimedMore, danger, ug, np), now);
    }

    private static long unfoldedChanges() {
        try (Connection db = TestDatabase.connect();
             var rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM queue_count_changes")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }


    @Test
    void theQueueNeedsAValidAnalystToken() {
        assertEquals(401, api.post(CLAIMS, "").status());
        assertEquals(401, api.get("api/v1/queue").status());
        for (String token : List.of(TestTokens.expired("eve"), TestTokens.fromOtherIssuer("eve"),
                TestTokens.forOtherAudience("eve"), TestTokens.signedByStranger("eve"))) {
            Api.Reply refused = api.get("api/v1/queue", "Authorization", Api.bearer(token), "Accept-Language", "fr");
            assertEquals(401, refused.status());
            assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"), refused.body());
            assertEquals("urn:reportingportals:problem:unauthorized", refused.json().getString("type"));
            assertEquals("fr", refused.header("Content-Language").orElse(""), "in the caller's language");
        }
        String partner = Api.bearer(TestTokens.withRoles("partner-ug", List.of("partner-admin")));
        Api.Reply forbidden = api.post(CLAIMS, "", "Authorization", partner);
        assertEquals(403, forbidden.status());
        assertEquals("urn:reportingportals:problem:forbidden", forbidden.json().getString("type"));
        assertEquals(403, api.get("api/v1/queue", "Authorization", partner).status());
        String senior = Api.bearer(TestTokens.withRoles("senior", List.of("senior-analyst", "analyst")));
        assertEquals(200, api.get("api/v1/queue", "Authorization", senior).status());
    }

    /**
     * Here, not in IntakeIT: this test uses up the status-check allowance of the test client. The counts are kept in
     * the database for every instance; on PostgreSQL the test classes share it (each starts an instance), so this
     * test starts and leaves the client's status checks uncounted. On H2 each class has a database of its own.
     */
    @Test
    void statusChecksAreThrottledPerClient() throws SQLException {
        forgetStatusChecks();
        try {
            Api.Reply last = null;
            for (int i = 0; i < 31 && (last == null || last.status() != 429); i++) {
                last = api.post("api/v1/portals/ug/status", "{\"reference\":\"UG-2222-2222\",\"receipt\":\"x\"}",
                        "Accept-Language", "sw");
            }
            assertEquals(429, last.status());
            assertEquals("urn:reportingportals:problem:rate-limited", last.json().getString("type"));
            assertEquals("600", last.header("Retry-After").orElse(""));
            assertEquals("sw", last.header("Content-Language").orElse(""));
        } finally {
            forgetStatusChecks();
        }
    }

    private static void forgetStatusChecks() throws SQLException {
        if (TestDatabase.onPostgres()) {
            try (Connection db = TestDatabase.connect(); Statement delete = db.createStatement()) {
                delete.executeUpdate("DELETE FROM rate_limit_counts WHERE kind = 'status-check'");
            }
        }
    }

    @Test
    void leaseLengthIsBounded() {
        Api.Reply tooLong = claim(alice, "?leaseSeconds=999999");
        assertEquals(422, tooLong.status());
        assertEquals("leaseSeconds", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(422, claim(alice, "?leaseSeconds=0").status());
    }
}
