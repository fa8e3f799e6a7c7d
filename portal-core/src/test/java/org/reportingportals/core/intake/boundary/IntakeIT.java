package org.reportingportals.core.intake.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.Deployments;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public intake API on a real Payara Micro and a real database (H2, or PostgreSQL with -Ppostgres). */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    private static final String REPORTS = "api/v1/portals/ug/reports";
    private static final String STATUS = "api/v1/portals/ug/status";
    private static final String VALID = """
            {"urls":["EXAMPLE.com/a/../gallery#top","http://trusted.org@evil.example/x"],
             "description":"Found in a comment","whereFound":"social-media","contentHints":["images"],
             "childInDanger":false,"contact":{"email":"reporter@example.org"},"feedback":"email","locale":"sw"}""";

    @ArquillianResource
    URL base;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void acknowledgesACommittedReportThatTheStatusCheckFinds() {
        Api.Reply created = api.post(REPORTS, VALID);
        assertEquals(201, created.status(), created.body());
        JsonObject body = created.json();
        String reference = body.getString("reference");
        String receipt = body.getString("receipt");
        assertTrue(reference.matches("UG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"), reference);
        assertTrue(receipt.replace("-", "").length() >= 16, receipt);
        assertEquals("received", body.getString("status"));
        assertEquals(Set.of("reference", "receipt", "status"), body.keySet());
        assertEquals("no-store", created.header("Cache-Control").orElse(""));
        assertEquals("sw", created.header("Content-Language").orElse(""));

        Api.Reply status = api.post(STATUS, "{\"reference\":\"" + reference.toLowerCase().replace("-", "")
                + "\",\"receipt\":\"" + receipt + "\"}");
        assertEquals(200, status.status(), status.body());
        assertEquals("received", status.json().getString("status"));
        assertEquals(reference, status.json().getString("reference"));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyCreatesNothingNew() {
        String key = key();
        Api.Reply first = api.post(REPORTS, VALID, "Idempotency-Key", key);
        Api.Reply second = api.post(REPORTS, VALID, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, second.status(), second.body());
        assertEquals(first.json(), second.json(), "same reference and same receipt");
        assertEquals("true", second.header("Idempotent-Replayed").orElse(""));
        assertFalse(first.header("Idempotent-Replayed").isPresent());
        // the replayed receipt opens the report: it is the one stored
        JsonObject ack = second.json();
        assertEquals(200, api.post(STATUS, "{\"reference\":\"" + ack.getString("reference") + "\",\"receipt\":\""
                + ack.getString("receipt") + "\"}").status());
    }

    @Test
    void concurrentRetriesWithTheSameKeyYieldOneReport() throws Exception {
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Reply>> replies = pool.invokeAll(java.util.Collections.nCopies(6,
                    (Callable<Api.Reply>) () -> api.post(REPORTS, VALID, "Idempotency-Key", key)));
            Set<String> references = new HashSet<>();
            for (Future<Api.Reply> reply : replies) {
                assertEquals(201, reply.get().status(), reply.get().body());
                references.add(reply.get().json().getString("reference"));
            }
            assertEquals(1, references.size(), references.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = key();
        assertEquals(201, api.post(REPORTS, VALID, "Idempotency-Key", key).status());
        Api.Reply other = api.post(REPORTS, VALID.replace("Found in a comment", "Something else"), "Idempotency-Key", key);
        assertEquals(422, other.status(), other.body());
        assertEquals("urn:reportingportals:problem:idempotency-key-reused", other.json().getString("type"));
    }

    @Test
    void equivalentSpellingsCountAsTheSameRequest() {
        String key = key();
        Api.Reply first = api.post(REPORTS, VALID, "Idempotency-Key", key);
        Api.Reply respelled = api.post(REPORTS, VALID.replace("EXAMPLE.com/a/../gallery#top", "http://example.com:80/gallery"),
                "Idempotency-Key", key);
        assertEquals(first.json(), respelled.json());
    }

    @Test
    void aShortIdempotencyKeyIsRefused() {
        Api.Reply reply = api.post(REPORTS, VALID, "Idempotency-Key", "abc");
        assertEquals(422, reply.status());
        assertEquals("Idempotency-Key", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aWrongReceiptAndAnUnknownReferenceGetTheSameAnswer() {
        JsonObject ack = api.post(REPORTS, VALID).json();
        Api.Reply wrongReceipt = api.post(STATUS, "{\"reference\":\"" + ack.getString("reference")
                + "\",\"receipt\":\"AAAA-BBBB-CCCC-DDDD-EEEE\"}");
        Api.Reply unknownReference = api.post(STATUS, "{\"reference\":\"UG-2222-2222\",\"receipt\":\""
                + ack.getString("receipt") + "\"}");
        Api.Reply otherTenant = api.post("api/v1/portals/np/status", "{\"reference\":\"" + ack.getString("reference")
                + "\",\"receipt\":\"" + ack.getString("receipt") + "\"}", "Accept-Language", "en");
        assertEquals(404, wrongReceipt.status());
        assertEquals(404, unknownReference.status());
        assertEquals(404, otherTenant.status());
        assertEquals(wrongReceipt.body(), unknownReference.body());
        assertEquals("urn:reportingportals:problem:report-not-found", wrongReceipt.json().getString("type"));
    }

    @Test
    void statusNeedsBothFields() {
        Api.Reply reply = api.post(STATUS, "{\"reference\":\"UG-2222-2222\",\"extra\":1}");
        assertEquals(422, reply.status());
        assertEquals(2, reply.json().getJsonArray("errors").size(), reply.body());
    }

    @Test
    void clientsCannotSetTenantStatusOrId() {
        Api.Reply reply = api.post(REPORTS, "{\"urls\":[\"http://example.com/\"],\"tenant\":\"np\",\"status\":\"ASSESSED\","
                + "\"id\":\"x\",\"contact\":{\"email\":\"a@example.org\",\"phone\":\"1\"}}");
        assertEquals(422, reply.status(), reply.body());
        Set<String> fields = new HashSet<>();
        reply.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(Set.of("tenant", "status", "id", "contact.phone"), fields);
    }

    @Test
    void validationErrorsAreLocalisedAndTiedToFields() {
        String body = "{\"urls\":[\"http://ok.example/\",\"javascript:alert(1)\"],\"whereFound\":\"moon\"}";
        Api.Reply swahili = api.post(REPORTS, body, "Accept-Language", "sw-UG");
        Api.Reply english = api.post(REPORTS, body, "Accept-Language", "en");
        assertEquals(422, swahili.status());
        assertEquals("sw", swahili.header("Content-Language").orElse(""));
        assertEquals("application/problem+json", swahili.header("Content-Type").orElse(""));
        JsonObject sw = swahili.json();
        JsonObject en = english.json();
        assertEquals("urn:reportingportals:problem:validation", sw.getString("type"));
        assertEquals(422, sw.getInt("status"));
        assertEquals("urls[1]", sw.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("url.scheme", sw.getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals("whereFound", sw.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertNotEquals(en.getString("title"), sw.getString("title"));
        assertNotEquals(en.getJsonArray("errors").getJsonObject(0).getString("message"),
                sw.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("2 fields need attention.", en.getString("detail"));
        assertFalse(sw.toString().contains("javascript:alert"), "input is never echoed");
    }

    /** The self-report's fields: the reporter's kind, and what only the person shown may add, refused, never dropped. */
    @Test
    void aSelfReportsFieldsAreCheckedAndWhatOnlyThePersonShownMaySayIsRefusedFromAnyoneElse() {
        Api.Reply unknown = api.post(REPORTS, "{\"urls\":[\"http://example.com/self\"],\"reporter\":\"parent\"}",
                "Accept-Language", "fr");
        assertEquals(422, unknown.status(), unknown.body());
        JsonObject error = unknown.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("reporter", error.getString("field"));
        assertEquals("reporter.invalid", error.getString("code"));
        assertFalse(error.getString("message").isBlank());
        Api.Reply badAge = api.post(REPORTS, "{\"urls\":[\"http://example.com/self\"],\"reporter\":\"person-shown\","
                + "\"ageWhenMade\":\"7-10\"}");
        assertEquals(422, badAge.status(), badAge.body());
        assertEquals("age-when-made.invalid", badAge.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        Api.Reply notTheirs = api.post(REPORTS, "{\"urls\":[\"http://example.com/self\"],\"ageWhenMade\":\"14-15\","
                + "\"threatened\":true}");
        assertEquals(422, notTheirs.status(), notTheirs.body());
        Set<String> fields = new HashSet<>();
        notTheirs.json().getJsonArray("errors").forEach(e -> {
            fields.add(e.asJsonObject().getString("field"));
            assertEquals("person-shown-only", e.asJsonObject().getString("code"));
        });
        assertEquals(Set.of("ageWhenMade", "threatened"), fields, "a bystander's age band or threat is refused, not dropped");
        Api.Reply wrongType = api.post(REPORTS, "{\"urls\":[\"http://example.com/self\"],\"reporter\":\"person-shown\","
                + "\"threatened\":\"yes\"}");
        assertEquals(422, wrongType.status(), wrongType.body());
        assertEquals("threatened", wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aPersonShownsReportIsAcceptedWithItsAgeBandAndThreat() {
        Api.Reply reply = api.post(REPORTS, "{\"urls\":[\"http://example.com/self-ok\"],\"reporter\":\"person-shown\","
                + "\"ageWhenMade\":\"11-13\",\"threatened\":true}");
        assertEquals(201, reply.status(), reply.body());
        Api.Reply status = api.post(STATUS, "{\"reference\":\"" + reply.json().getString("reference") + "\",\"receipt\":\""
                + reply.json().getString("receipt") + "\"}");
        assertEquals(200, status.status(), status.body());
    }

    @Test
    void theLocaleFieldMustBeOneOfThePortals() {
        Api.Reply reply = api.post(REPORTS, "{\"urls\":[\"http://example.com/\"],\"locale\":\"de\"}");
        assertEquals(422, reply.status());
        assertEquals("locale", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void malformedBodiesAre400WithoutEcho() {
        for (String body : List.of("{\"urls\":[", "[1,2]", "\"text\"", "", "{\"urls\":[\"<script>\"]")) {
            Api.Reply reply = api.post(REPORTS, body);
            assertEquals(400, reply.status(), body);
            assertEquals("urn:reportingportals:problem:malformed-request", reply.json().getString("type"));
            assertFalse(reply.body().contains("<script>"));
        }
    }

    @Test
    void bodiesThatWouldCrashTheParserAre400OnTheReportAndStatusEndpoints() {
        List<String> bodies = List.of("[".repeat(20_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "{\"urls\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "{\"urls\":[" + "1".repeat(20_000) + "]}", "{\"urls\":1e2147483648}", "{\"urls\":1e-2147483649}",
                "{\"urls\":1E+99999999999}", "{\"urls\":0.1e-2147483647}", "{\"receipt\":-1e-99999999999}");
        // the status check counts against its own (smaller) rate limit: three of each kind there
        for (String path : List.of(REPORTS, STATUS)) {
            for (String body : path.equals(REPORTS) ? bodies : List.of(bodies.get(0), bodies.get(3), bodies.get(4))) {
                Api.Reply reply = api.post(path, body);
                String shown = path + " " + body.substring(0, Math.min(40, body.length()));
                assertEquals(400, reply.status(), shown);
                assertEquals("application/problem+json", reply.header("Content-Type").orElse(""), shown);
                assertEquals("urn:reportingportals:problem:malformed-request", reply.json().getString("type"), shown);
            }
        }
    }

    @Test
    void duplicateKeysAndDataAfterTheObjectAre400NotHalfRead() {
        for (String body : List.of("{\"urls\":[\"javascript:x\"],\"urls\":[\"http://example.com/dup\"]}",
                "{\"urls\":[\"http://example.com/d\"],\"contact\":{\"email\":\"a@example.org\",\"email\":\"b@example.org\"}}",
                "{\"urls\":[\"http://example.com/t\"]} garbage", "{\"urls\":[\"http://example.com/t\"]}{}",
                "{\"urls\":[\"http://example.com/t\"]}]")) {
            Api.Reply reply = api.post(REPORTS, body, "Idempotency-Key", key());
            assertEquals(400, reply.status(), body);
            assertEquals("urn:reportingportals:problem:malformed-request", reply.json().getString("type"), body);
        }
        Api.Reply status = api.post(STATUS, "{\"reference\":\"UG-2222-2222\",\"receipt\":\"a\",\"receipt\":\"b\"}");
        assertEquals(400, status.status());
    }

    @Test
    void loneSurrogatesAndControlCharactersAre422NamingTheFieldInTheClientsLanguage() {
        record Case(String body, String field) {
        }
        for (Case c : List.of(new Case("{\"urls\":[\"http://example.com/\"],\"description\":\"a\\ud800b\"}", "description"),
                new Case("{\"urls\":[\"http://example.com/\"],\"description\":\"a\\udc00\"}", "description"),
                new Case("{\"urls\":[\"http://example.com/\"],\"description\":\"a\\u0000b\"}", "description"),
                new Case("{\"urls\":[\"http://example.com/\"],\"description\":\"a\\u001bb\\u0085\"}", "description"),
                new Case("{\"urls\":[\"http://example.com/x\\u0000\"]}", "urls[0]"),
                new Case("{\"urls\":[\"http://example.com/\",\"\\u0000http://example.com/y\"]}", "urls[1]"),
                new Case("{\"urls\":[\"http://example.com/\"],\"contact\":{\"email\":\"a\\u0007@example.org\"}}", "contact.email"))) {
            Api.Reply reply = api.post(REPORTS, c.body(), "Accept-Language", "sw", "Idempotency-Key", key());
            assertEquals(422, reply.status(), c.body());
            JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
            assertEquals(c.field(), error.getString("field"), c.body());
            assertEquals("text.character", error.getString("code"), c.body());
            assertTrue(error.getString("message").contains("herufi"), "in the client's language: " + error.getString("message"));
        }
        Api.Reply status = api.post(STATUS, "{\"reference\":\"UG-2222-2222\\u0000\",\"receipt\":\"x\"}");
        assertEquals(422, status.status());
        assertEquals("reference", status.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void bodiesOver64KbAre413BeforeParsing() {
        String huge = "{\"description\":\"" + "x".repeat(70_000) + "\"}";
        Api.Reply declared = api.post(REPORTS, huge);
        assertEquals(413, declared.status());
        assertEquals("urn:reportingportals:problem:request-too-large", declared.json().getString("type"));
        HttpRequest chunked = api.request(REPORTS, "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        assertEquals(413, api.send(chunked).status());
    }

    @Test
    void wrongMediaTypeIs415AndWrongMethodIs405() {
        Api.Reply form = api.post(REPORTS, "urls=http://example.com", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(415, form.status());
        assertEquals("urn:reportingportals:problem:unsupported-media-type", form.json().getString("type"));
        Api.Reply get = api.get(REPORTS);
        assertEquals(405, get.status());
    }

    @Test
    void aReportWithoutContentTypeOrWithAnotherCharsetIs415() {
        String body = "{\"urls\":[\"http://example.com/no-type\"]}";
        Api.Reply untyped = api.send(api.request(REPORTS).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(415, untyped.status(), "a browser sends this cross-site without a preflight");
        assertEquals("urn:reportingportals:problem:unsupported-media-type", untyped.json().getString("type"));
        for (String type : List.of("application/json; charset=latin1", "application/json; charset=utf-16",
                "application/json;;", ";;;", "text/plain", "application/json; boundary=x", "application/jsonx",
                "application/json; charset=\"utf-8\"; charset=latin1")) {
            Api.Reply reply = api.post(REPORTS, body, "Content-Type", type);
            assertEquals(415, reply.status(), type + ": " + reply.body());
            assertEquals("application/problem+json", reply.header("Content-Type").orElse(""), type);
            assertEquals("urn:reportingportals:problem:unsupported-media-type", reply.json().getString("type"), type);
        }
        Api.Reply status = api.send(api.request(STATUS).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(415, status.status());
        for (String type : List.of("application/json; charset=UTF-8", "Application/JSON", "application/json;charset=\"utf-8\"")) {
            assertEquals(201, api.post(REPORTS, body, "Content-Type", type, "Idempotency-Key", key()).status(), type);
        }
    }

    @Test
    void wildcardTypesAndFormBodiesWithBadEscapesAre415NeverAFault() {
        String json = "{\"urls\":[\"http://example.com/wildcard\"]}";
        for (String type : List.of("*/*", "application/*", "*/json")) {
            Api.Reply reply = api.post(REPORTS, json, "Content-Type", type, "Idempotency-Key", key());
            assertEquals(415, reply.status(), type + ": " + reply.body());
            assertEquals("urn:reportingportals:problem:unsupported-media-type", reply.json().getString("type"), type);
            assertEquals(415, api.post(STATUS, "{}", "Content-Type", type).status(), type);
        }
        for (String form : List.of("urls=%zz", "a=%", "H% -&%:T", "description=%C0%80")) {
            Api.Reply reply = api.post(REPORTS, form, "Content-Type", "application/x-www-form-urlencoded");
            assertEquals(415, reply.status(), form + ": " + reply.body());
            assertEquals("application/problem+json", reply.header("Content-Type").orElse(""), form);
        }
    }

    @Test
    void aMalformedAcceptLanguageNeverFailsTheApi() {
        for (String header : List.of("en_US", "en;q=2", "en;q=abc", "!!!,,;;", "sw;q=0.5," + "x".repeat(3_000),
                "fr;q=", "*;q=-1", "en-")) {
            Api.Reply report = api.post(REPORTS, "{\"urls\":[\"http://example.com/al\"]}", "Accept-Language", header,
                    "Idempotency-Key", key());
            assertEquals(201, report.status(), header + ": " + report.body());
            if (header.startsWith("en")) {
                Api.Reply status = api.post(STATUS, "{}", "Accept-Language", header);
                assertEquals(422, status.status(), header);
            }
            assertEquals(404, api.get("api/v1/nothing", "Accept-Language", header).status(), header);
        }
    }

    @Test
    void unknownTenantsAre404AndNeverFallBack() {
        for (String tenant : List.of("zz", "UG", "u", "ug-x")) {
            Api.Reply reply = api.post("api/v1/portals/" + tenant + "/reports", VALID);
            assertEquals(404, reply.status(), tenant);
            assertEquals("urn:reportingportals:problem:portal-not-found", reply.json().getString("type"));
        }
    }

    @Test
    void unknownPathsAreProblemsToo() {
        Api.Reply reply = api.get("api/v1/no-such-thing", "Accept-Language", "fr");
        assertEquals(404, reply.status());
        assertEquals("fr", reply.header("Content-Language").orElse(""));
        assertFalse(reply.body().contains("Exception"));
    }

    @Test
    void readinessChecksTheDatabase() {
        Api.Reply ready = api.get("health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""));
    }

    @Test
    void theApiDocumentNamesThePlatformAndListsOnlyTheApi() {
        Api.Reply document = api.get("openapi");
        assertEquals(200, document.status());
        assertTrue(document.body().contains("title: Reporting Portals API"), document.body());
        assertTrue(document.body().contains("version: 1 (platform 0.") || document.body().contains("version: \"1 (platform 0."),
                "the API's version and the build's: " + document.body());
        assertTrue(document.body().contains("/api/v1/portals/{tenant}/reports"), "the intake is documented");
        assertTrue(document.body().contains("/api/v1/queue/claims"), "the analysts' API is documented");
        assertFalse(document.body().contains("/console"), "pages are no part of the API document");
    }
}
