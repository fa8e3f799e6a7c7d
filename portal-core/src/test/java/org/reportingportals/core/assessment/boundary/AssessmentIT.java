package org.reportingportals.core.assessment.boundary;

import jakarta.json.JsonArray;
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
import org.reportingportals.core.testing.TestTokens;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-URL assessment through the API, on a real Payara Micro and database, with signed analyst tokens. */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String CLAIMS = "api/v1/queue/claims";

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
    void drainTheQueue() {
        api = new Api(base);
        api.drainQueue();
    }

    private Api.Reply assess(String bearer, String reportId, String urlId, String body) {
        return api.post("api/v1/reports/" + reportId + "/urls/" + urlId + "/assessments", body, "Authorization", bearer);
    }

    @Test
    void assessingEveryUrlCompletesTheReportAndTellsTheReporter() {
        JsonObject ack = api.submit("ug", "http://a.example/1", "http://b.example/2", "http://c.example/3");
        long start = System.nanoTime();
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        String reportId = claimed.getString("id");
        Api.Reply detail = api.get("api/v1/reports/" + reportId, "Authorization", alice);
        assertEquals(200, detail.status(), detail.body());
        JsonObject report = detail.json();
        assertTrue(report.getBoolean("heldByYou"));
        assertEquals("Uganda Police Force, Child and Family Protection Unit (demo contact)",
                report.getJsonObject("referral").getString("organisation"));
        JsonArray urls = report.getJsonArray("urls");
        assertEquals(3, urls.size());

        String[] bodies = {
                "{\"outcome\":\"criminal-a\",\"hostingCountry\":\"nl\",\"ageBand\":\"7-10\",\"selfGenerated\":false,"
                        + "\"actions\":[\"notice-and-takedown\",\"refer-hotline\"],\"notes\":\"hosted on a file locker\"}",
                "{\"outcome\":\"not-criminal\",\"actions\":[\"none\"]}",
                "{\"outcome\":\"content-gone\",\"actions\":[\"none\"]}"};
        Api.Reply last = null;
        for (int i = 0; i < 3; i++) {
            last = assess(alice, reportId, urls.getJsonObject(i).getString("id"), bodies[i]);
            assertEquals(201, last.status(), last.body());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("claim + detail + assess 3 URLs through the API: " + millis + " ms");
        assertEquals("assessed", last.json().getString("reportStatus"));
        assertEquals("action-taken", last.json().getString("publicStatus"));

        Api.Reply status = api.post("api/v1/portals/ug/status", "{\"reference\":\"" + ack.getString("reference")
                + "\",\"receipt\":\"" + ack.getString("receipt") + "\"}");
        assertEquals("action-taken", status.json().getString("status"));

        JsonObject after = api.get("api/v1/reports/" + reportId, "Authorization", alice).json();
        JsonObject first = after.getJsonArray("urls").getJsonObject(0).getJsonObject("assessment");
        assertEquals("criminal-a", first.getString("outcome"));
        assertEquals("NL", first.getString("hostingCountry"));
        assertEquals(List.of("notice-and-takedown", "refer-hotline"),
                first.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertEquals(204, api.post(CLAIMS, "", "Authorization", alice).status(), "an assessed report has left the queue");
        assertAudited(reportId, List.of("report.claim", "report.view", "url.assess", "url.assess", "url.assess",
                "report.assessed", "report.view"));
    }

    @Test
    void earlierSightingsAreListedAndOneAssessmentSettlesOpenDuplicates() {
        String host = "dup-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example";
        JsonObject first = api.submit("np", "http://" + host + "/page?id=7", "http://" + host + "/other");
        JsonObject second = api.submit("in", "HTTP://" + host.toUpperCase() + ":80/page?id=7#top");
        String reportId = api.post(CLAIMS, "", "Authorization", alice).json().getString("id");
        JsonObject detail = api.get("api/v1/reports/" + reportId, "Authorization", alice).json();
        JsonObject page = detail.getJsonArray("urls").getJsonObject(0);
        JsonArray samePage = page.getJsonObject("sightings").getJsonArray("samePage");
        assertEquals(1, samePage.size(), page.toString());
        assertEquals(second.getString("reference"), samePage.getJsonObject(0).getString("reference"));
        assertEquals("in", samePage.getJsonObject(0).getString("tenant"));
        assertFalse(samePage.getJsonObject(0).containsKey("outcome"));
        assertTrue(page.getJsonObject("sightings").getJsonArray("sameHost").stream()
                .anyMatch(s -> s.asJsonObject().getString("normalised").equals("http://" + host + "/other")));

        Api.Reply assessed = assess(alice, reportId, page.getString("id"),
                "{\"outcome\":\"criminal-b\",\"actions\":[\"notice-and-takedown\"],\"applyToDuplicates\":true}");
        assertEquals(201, assessed.status(), assessed.body());
        assertEquals(1, assessed.json().getJsonArray("appliedToDuplicates").size());
        assertEquals("in-assessment", assessed.json().getString("reportStatus"), "the other URL is still open");

        Api.Reply duplicateStatus = api.post("api/v1/portals/in/status", "{\"reference\":\"" + second.getString("reference")
                + "\",\"receipt\":\"" + second.getString("receipt") + "\"}");
        assertEquals("action-taken", duplicateStatus.json().getString("status"), "settled by the one assessment");

        JsonObject again = api.get("api/v1/reports/" + reportId, "Authorization", alice).json();
        assertEquals("criminal-b", again.getJsonArray("urls").getJsonObject(0).getJsonObject("sightings")
                .getJsonArray("samePage").getJsonObject(0).getString("outcome"));
        assertTrue(first.getString("reference").startsWith("NP-"));
    }

    @Test
    void lookAlikeHostsAndUserinfoTricksAreFlaggedForTheAnalyst() {
        api.submit("ug", "http://раураl.com/login", "http://trusted.org@evil.example/", "http://example.org/");
        String reportId = api.post(CLAIMS, "", "Authorization", alice).json().getString("id");
        JsonArray urls = api.get("api/v1/reports/" + reportId, "Authorization", alice).json().getJsonArray("urls");
        JsonObject lookAlike = urls.getJsonObject(0);
        assertEquals("xn--l-7sba6dbr.com", lookAlike.getString("hostAscii"));
        assertEquals("раураl.com", lookAlike.getString("hostUnicode"));
        assertTrue(lookAlike.getJsonArray("spoofFlags").toString().contains("looks-like-latin"), lookAlike.toString());
        assertTrue(urls.getJsonObject(1).getBoolean("hadUserinfo"));
        assertEquals("evil.example", urls.getJsonObject(1).getString("hostAscii"));
        assertEquals(0, urls.getJsonObject(2).getJsonArray("spoofFlags").size());
    }

    @Test
    void onlyTheHolderAssessesEachUrlOnce() {
        api.submit("ma", "http://holder.example/1", "http://holder.example/2");
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        String reportId = claimed.getString("id");
        String first = claimed.getJsonArray("urls").getJsonObject(0).getString("id");
        String second = claimed.getJsonArray("urls").getJsonObject(1).getString("id");
        String body = "{\"outcome\":\"outside-remit\",\"actions\":[\"none\"]}";

        Api.Reply notHolder = assess(bob, reportId, first, body);
        assertEquals(409, notHolder.status());
        assertEquals("urn:reportingportals:problem:not-claim-holder", notHolder.json().getString("type"));
        assertEquals(404, assess(alice, reportId, "00000000-0000-0000-0000-000000000000", body).status());
        assertEquals(201, assess(alice, reportId, first, body).status());
        Api.Reply twice = assess(alice, reportId, first, body);
        assertEquals(409, twice.status());
        assertEquals("urn:reportingportals:problem:already-assessed", twice.json().getString("type"));
        Api.Reply last = assess(alice, reportId, second, body);
        assertEquals("no-action-possible", last.json().getString("publicStatus"));
        assertEquals(409, assess(alice, reportId, second, body).status(), "complete, so released: held by nobody");

        assertEquals(404, api.get("api/v1/reports/not-a-uuid", "Authorization", alice).status());
        String partner = Api.bearer(TestTokens.withRoles("partner-ug", List.of("partner-admin")));
        assertEquals(403, api.get("api/v1/reports/" + reportId, "Authorization", partner).status());
        assertEquals(401, api.get("api/v1/reports/" + reportId).status());
    }

    @Test
    void anInvalidAssessmentNamesEveryField() {
        api.submit("ug", "http://invalid.example/1");
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        Api.Reply reply = assess(alice, claimed.getString("id"), claimed.getJsonArray("urls").getJsonObject(0).getString("id"),
                "{\"outcome\":\"awful\",\"hostingCountry\":\"XX\",\"ageBand\":\"old\",\"actions\":[\"none\",\"refer-police\"],"
                        + "\"reporter\":\"x\"}");
        assertEquals(422, reply.status());
        List<String> fields = new ArrayList<>();
        reply.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(List.of("reporter", "outcome", "hostingCountry", "ageBand", "actions"), fields);
    }

    @Test
    void anAssessmentBodyTheParserCannotReadIs400NotAFault() {
        api.submit("ug", "http://unreadable.example/1");
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        String reportId = claimed.getString("id");
        String urlId = claimed.getJsonArray("urls").getJsonObject(0).getString("id");
        for (String body : List.of("[".repeat(20_000), "{\"outcome\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001),
                "{\"outcome\":" + "1".repeat(20_000) + "}", "{\"outcome\":1e2147483648}", "{\"notes\":1E+99999999999}",
                "{\"outcome\":\"illegal\",\"outcome\":\"not-illegal\"}", "{\"outcome\":\"illegal\"} {}")) {
            Api.Reply reply = assess(alice, reportId, urlId, body);
            assertEquals(400, reply.status(), body.substring(0, Math.min(40, body.length())));
            assertEquals("urn:reportingportals:problem:malformed-request", reply.json().getString("type"));
        }
        Api.Reply untyped = api.send(api.request("api/v1/reports/" + reportId + "/urls/" + urlId + "/assessments",
                "Authorization", alice).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(415, untyped.status());
    }

    @Test
    void aTakedownStaysOpenOncePerPageUntilAnAnalystConfirmsItIsGone() {
        String host = "takedown-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example";
        String page = "http://" + host + "/x";
        api.submit("ug", page);
        api.submit("np", "http://" + host.toUpperCase() + ":80/x"); // the same page, spelt differently
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        Api.Reply assessed = assess(alice, claimed.getString("id"), claimed.getJsonArray("urls").getJsonObject(0).getString("id"),
                "{\"outcome\":\"criminal-a\",\"hostingCountry\":\"US\",\"actions\":[\"notice-and-takedown\"],"
                        + "\"applyToDuplicates\":true}");
        assertEquals(201, assessed.status(), assessed.body());
        assertEquals(1, assessed.json().getJsonArray("appliedToDuplicates").size());

        List<JsonObject> open = openTakedownsFor(page);
        assertEquals(1, open.size(), "one takedown for the page, however many reports named it");
        JsonObject takedown = open.get(0);
        assertEquals("US", takedown.getString("hostingCountry"));
        assertEquals(0, takedown.getInt("ageHours"));

        String removal = "api/v1/takedowns/" + takedown.getString("id") + "/removal";
        Api.Reply closed = api.post(removal, "", "Authorization", bob);
        assertEquals(200, closed.status(), closed.body());
        assertTrue(closed.json().containsKey("removedAt"));
        assertEquals(List.of(), openTakedownsFor(page));
        assertEquals(404, api.post(removal, "", "Authorization", bob).status(), "closed once");
        assertEquals(403, api.get("api/v1/takedowns", "Authorization",
                Api.bearer(TestTokens.withRoles("partner-ug", List.of("partner-admin")))).status());
    }

    private List<JsonObject> openTakedownsFor(String url) {
        Api.Reply list = api.get("api/v1/takedowns", "Authorization", alice);
        assertEquals(200, list.status(), list.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(list.body()))) {
            return reader.readArray().stream().map(v -> v.asJsonObject())
                    .filter(t -> t.getString("url").equals(url)).toList();
        }
    }

    @Test
    void aSeniorWhoDidNotDecideReviewsAndAChangeIsKeptBesideTheOriginal() {
        JsonObject ack = api.submit("mz", "http://review-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example/");
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        String reportId = claimed.getString("id");
        JsonObject assessed = assess(alice, reportId, claimed.getJsonArray("urls").getJsonObject(0).getString("id"),
                "{\"outcome\":\"not-criminal\",\"actions\":[\"none\"]}").json();
        assertEquals("no-action-possible", assessed.getString("publicStatus"));
        String assessmentId = assessed.getString("id");

        assertEquals(422, api.post("api/v1/assessments/" + assessmentId + "/reviews", "{\"kind\":\"appeal\"}",
                "Authorization", alice).status(), "an appeal names who appeals");
        Api.Reply asked = api.post("api/v1/assessments/" + assessmentId + "/reviews",
                "{\"kind\":\"second-opinion\",\"reason\":\"borderline age\"}", "Authorization", alice);
        assertEquals(201, asked.status(), asked.body());
        String reviewId = asked.json().getString("id");
        assertEquals(409, api.post("api/v1/assessments/" + assessmentId + "/reviews", "{\"kind\":\"second-opinion\"}",
                "Authorization", bob).status(), "one open review at a time");

        String aliceAsSenior = Api.bearer(TestTokens.withRoles("alice", List.of("senior-analyst", "analyst")));
        String otherSenior = Api.bearer(TestTokens.withRoles("sam", List.of("senior-analyst", "analyst")));
        assertEquals(403, api.get("api/v1/reviews", "Authorization", bob).status(), "the review queue is for seniors");
        Api.Reply queue = api.get("api/v1/reviews", "Authorization", otherSenior);
        assertTrue(queue.body().contains(reviewId), queue.body());

        Api.Reply ownDecision = api.post("api/v1/reviews/" + reviewId + "/decision", "{\"decision\":\"confirm\"}",
                "Authorization", aliceAsSenior);
        assertEquals(409, ownDecision.status(), "the first decision's author may not review it");
        assertEquals("urn:reportingportals:problem:review-by-assessor", ownDecision.json().getString("type"));

        Api.Reply changed = api.post("api/v1/reviews/" + reviewId + "/decision",
                "{\"decision\":\"change\",\"outcome\":\"criminal-c\",\"actions\":[\"notice-and-takedown\"],"
                        + "\"notes\":\"apparent age under 18\"}", "Authorization", otherSenior);
        assertEquals(200, changed.status(), changed.body());
        JsonObject review = changed.json();
        assertEquals("changed", review.getString("decision"));
        assertEquals("not-criminal", review.getString("firstOutcome"), "the original is kept");
        assertEquals("criminal-c", review.getString("newOutcome"));
        assertFalse(api.get("api/v1/reviews", "Authorization", otherSenior).body().contains(reviewId), "decided");

        Api.Reply status = api.post("api/v1/portals/mz/status", "{\"reference\":\"" + ack.getString("reference")
                + "\",\"receipt\":\"" + ack.getString("receipt") + "\"}");
        assertEquals("action-taken", status.json().getString("status"), "the reporter sees the latest decision");
        assertEquals(404, api.post("api/v1/reviews/" + reviewId + "/decision", "{\"decision\":\"confirm\"}",
                "Authorization", otherSenior).status(), "decided once");
    }

    @Test
    void analystsSeeTheirClaimsAndRenewTheirLeases() {
        api.submit("bo", "http://renew.example/1");
        JsonObject claimed = api.post(CLAIMS + "?leaseSeconds=60", "", "Authorization", alice).json();
        String reportId = claimed.getString("id");
        Api.Reply mine = api.get(CLAIMS, "Authorization", alice);
        assertEquals(200, mine.status());
        assertTrue(mine.body().contains(reportId));
        assertFalse(api.get(CLAIMS, "Authorization", bob).body().contains(reportId), "only your own");
        Api.Reply renewed = api.send(api.request(CLAIMS + "/" + reportId, "Authorization", alice)
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, renewed.status(), renewed.body());
        assertTrue(java.time.Instant.parse(renewed.json().getString("leaseUntil"))
                .isAfter(java.time.Instant.parse(claimed.getString("leaseUntil"))), "the default lease is longer than 60 s");
        Api.Reply notYours = api.send(api.request(CLAIMS + "/" + reportId, "Authorization", bob)
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(404, notYours.status());
    }

    @Test
    void seniorsBrowseTheAuditTrailAndExportAssessmentsSafely() {
        api.submit("pk", "http://export.example/1");
        JsonObject claimed = api.post(CLAIMS, "", "Authorization", alice).json();
        String reportId = claimed.getString("id");
        assertEquals(201, assess(alice, reportId, claimed.getJsonArray("urls").getJsonObject(0).getString("id"),
                "{\"outcome\":\"criminal-c\",\"actions\":[\"notice-and-takedown\"],"
                        + "\"notes\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"}").status());
        api.submit("pk", "http://export.example/2");
        JsonObject lookAlike = api.post(CLAIMS, "", "Authorization", bob).json();
        assertEquals(201, assess(bob, lookAlike.getString("id"), lookAlike.getJsonArray("urls").getJsonObject(0).getString("id"),
                "{\"outcome\":\"criminal-c\",\"actions\":[\"notice-and-takedown\"],"
                        + "\"notes\":\"\uFF1DHYPERLINK(\\\"http://evil.example\\\",\\\"y\\\")\"}").status());
        String senior = Api.bearer(TestTokens.withRoles("senior", List.of("senior-analyst", "analyst")));

        Api.Reply trail = api.get("api/v1/audit?reportId=" + reportId, "Authorization", senior);
        assertEquals(200, trail.status(), trail.body());
        List<String> actions = new ArrayList<>();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(trail.body()))) {
            reader.readArray().forEach(e -> actions.add(e.asJsonObject().getString("action")));
        }
        assertEquals(java.util.Set.of("report.assessed", "url.assess", "report.claim"), java.util.Set.copyOf(actions));
        assertEquals("report.claim", actions.get(actions.size() - 1), "newest first: the claim came before the rest");
        assertEquals(403, api.get("api/v1/audit", "Authorization", alice).status(), "analysts do not browse the trail");
        assertEquals(422, api.get("api/v1/audit?limit=100000", "Authorization", senior).status());

        Api.Reply csv = api.get("api/v1/assessments/export", "Authorization", senior);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\"assessed_at\",\"report_reference\""));
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), csv.body());
        assertFalse(csv.body().contains(",\"=HYPERLINK"), "no cell starts with a formula");
        assertTrue(csv.body().contains(",\"'\uFF1DHYPERLINK(\"\"http://evil.example\"\",\"\"y\"\")\""),
                "a fullwidth = is neutralised too: " + csv.body());
        assertEquals(403, api.get("api/v1/assessments/export", "Authorization", alice).status());
    }

    // --- the audit trail, read straight from PostgreSQL under -Ppostgres (H2 runs in the server's memory)



    private static void assertAudited(String reportId, List<String> expected) {
        if (!TestDatabase.onPostgres()) {
            return;
        }
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT action, actor FROM audit_events WHERE report_id = ? ORDER BY occurred_at, action")) {
            query.setString(1, reportId);
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                    assertTrue(rows.getString(2).startsWith(TestTokens.ISSUER + "#"), "who: issuer and subject");
                }
            }
            assertEquals(expected.stream().sorted().toList(), actions.stream().sorted().toList());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Tag("postgres-only")
    void theAuditTrailCannotBeChangedOrDeletedOnPostgres() throws SQLException {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres: the append-only trigger exists on PostgreSQL");
        api.submit("ug", "http://audit.example/1");
        api.post(CLAIMS, "", "Authorization", alice);
        try (Connection db = TestDatabase.connect()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> db.createStatement().executeUpdate("UPDATE audit_events SET actor = 'someone else'"));
            assertTrue(update.getMessage().contains("permission denied"), "the application's role: " + update.getMessage());
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("DELETE FROM audit_events"));
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("TRUNCATE audit_events"));
        }
        try (Connection db = TestDatabase.connectAsOwner()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> db.createStatement().executeUpdate("UPDATE audit_events SET actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), "not even the owner: " + update.getMessage());
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("DELETE FROM audit_events"));
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("TRUNCATE audit_events"));
        }
    }
}
