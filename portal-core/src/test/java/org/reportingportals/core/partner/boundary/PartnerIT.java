package org.reportingportals.core.partner.boundary;

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
import org.reportingportals.core.testing.BrokenSchema;
import org.reportingportals.core.testing.InstanceLog;
import org.reportingportals.core.testing.PageFaults;
import org.reportingportals.core.testing.TestDatabase;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.Prerequisites;
import org.reportingportals.core.testing.StaffSession;
import org.reportingportals.core.testing.TestTokens;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partner administration on a real Payara Micro and database: the isolation matrix (every admin and API
 * endpoint for anonymous callers, the partners of ug and np, an analyst and a platform administrator, on
 * their own tenant, another tenant and foreign report ids), client-supplied tenant names ignored, small-count
 * suppression, and on PostgreSQL the database guard of the statistics view. The matrix is written to
 * {@code target/isolation-matrix.md}.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerIT {

    @ArquillianResource
    URL base;

    private Api api;
    private static final String UG = Api.bearer(TestTokens.partner("partner-ug", "ug"));
    private static final String NP = Api.bearer(TestTokens.partner("partner-np", "np"));
    private static final String ANALYST = Api.bearer(TestTokens.analyst("alice"));
    private static final String PLATFORM = Api.bearer(TestTokens.withRoles("platform", List.of("platform-admin")));
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("partner of ug", UG);
        CALLERS.put("partner of np", NP);
        CALLERS.put("analyst", ANALYST);
        CALLERS.put("platform-admin", PLATFORM);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void api() {
        api = new Api(base);
    }

    private String submit(String tenant, String url) {
        Api.Reply reply = api.post("api/v1/portals/" + tenant + "/reports", "{\"urls\":[\"" + url + "\"]}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    private int status(String method, String path, String bearer, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (bearer != null) {
            all.add("Authorization");
            all.add(bearer);
        }
        String[] h = all.toArray(String[]::new);
        return switch (method) {
            case "GET" -> api.get(path, h).status();
            case "POST" -> api.post(path, "{}", h).status();
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** One row of the matrix: expected statuses for anonymous, partner ug, partner np, analyst, platform-admin. */
    private record Row(String method, String path, String what, int... expected) {
    }

    @Test
    void everyEndpointAnswersEachKindOfCallerAsTheMatrixSays() throws Exception {
        // anonymous staff pages redirect to the realm of ops/keycloak
        Prerequisites.keycloak("PartnerIT.everyEndpointAnswersEachKindOfCallerAsTheMatrixSays");
        api.drainQueue();
        submit("ug", "http://isolation.example/ug");
        String reportId = api.post("api/v1/queue/claims", "", "Authorization", ANALYST).json().getString("id");
        int login = 302;

        List<Row> rows = List.of(
                new Row("GET", "admin", "admin start", login, 303, 303, 403, 200),
                new Row("GET", "admin/ug", "admin page, tenant ug", login, 200, 404, 403, 200),
                new Row("GET", "admin/np", "admin page, tenant np", login, 404, 200, 403, 200),
                new Row("GET", "admin/zz", "admin page, no such tenant", login, 404, 404, 403, 404),
                new Row("GET", "admin/ug/statistics.csv", "CSV, tenant ug", login, 200, 404, 403, 200),
                new Row("GET", "admin/np/statistics.csv", "CSV, tenant np", login, 404, 200, 403, 200),
                new Row("GET", "admin/ug/configuration", "configuration editor, ug", login, 200, 404, 403, 200),
                new Row("GET", "admin/np/configuration", "configuration editor, np", login, 404, 200, 403, 200),
                new Row("GET", "admin/ug/configuration.yaml", "YAML export, ug", login, 200, 404, 403, 200),
                new Row("GET", "admin/ug/translations", "translations, ug", login, 200, 404, 403, 200),
                new Row("GET", "admin/np/translations/ne", "translation editor, np", login, 404, 200, 403, 200),
                new Row("GET", "admin/ug/translations/sw.xlf", "XLIFF export, ug", login, 200, 404, 403, 200),
                new Row("POST", "admin/logo-upload/ug", "logo upload without a form, ug", login, 403, 404, 403, 403),
                new Row("POST", "admin/tenants", "create a portal without a form", login, 403, 403, 403, 403),
                new Row("GET", "api/v1/tenants/ug/statistics", "API statistics, ug", 401, 200, 404, 403, 200),
                new Row("GET", "api/v1/tenants/np/statistics", "API statistics, np", 401, 404, 200, 403, 200),
                new Row("GET", "api/v1/tenants/zz/statistics", "API statistics, no such tenant", 401, 404, 404, 403, 404),
                new Row("GET", "api/v1/queue", "queue counts", 401, 403, 403, 200, 403),
                new Row("POST", "api/v1/queue/claims", "claim next", 401, 403, 403, 204, 403),
                new Row("GET", "api/v1/queue/claims", "my claims", 401, 403, 403, 200, 403),
                new Row("GET", "api/v1/reports/" + reportId, "a ug report by id", 401, 403, 403, 200, 403),
                new Row("POST", "api/v1/reports/" + reportId + "/urls/" + reportId + "/assessments", "assess", 401, 403, 403, 422, 403),
                new Row("GET", "api/v1/takedowns", "open takedowns", 401, 403, 403, 200, 403),
                new Row("GET", "api/v1/reviews", "review queue", 401, 403, 403, 403, 403),
                new Row("GET", "api/v1/audit", "audit trail", 401, 403, 403, 403, 200),
                new Row("GET", "api/v1/assessments/export", "assessment CSV", 401, 403, 403, 403, 403),
                new Row("GET", "console", "analyst console", login, 403, 403, 200, 403),
                new Row("GET", "console/reports/" + reportId, "a report in the console", login, 403, 403, 200, 403));

        StringBuilder table = new StringBuilder("| endpoint | what |");
        CALLERS.keySet().forEach(c -> table.append(' ').append(c).append(" |"));
        table.append("\n| --- | --- |").append(" --- |".repeat(CALLERS.size())).append('\n');
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            table.append("| `").append(row.method()).append(" /").append(row.path().replace(reportId, "{id}"))
                    .append("` | ").append(row.what()).append(" |");
            int i = 0;
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                int actual = status(row.method(), row.path(), caller.getValue());
                table.append(' ').append(actual).append(" |");
                if (actual != row.expected()[i]) {
                    wrong.add(row.method() + " /" + row.path() + " as " + caller.getKey() + ": " + actual
                            + ", expected " + row.expected()[i]);
                }
                i++;
            }
            table.append('\n');
        }
        Path out = Path.of(System.getProperty("it.tmpdir", "target"), "isolation-matrix.md");
        Files.writeString(out, table.toString());
        System.out.print(table);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aTenantNamedByTheClientChangesNothing() {
        submit("ug", "http://named.example/ug");
        Api.Reply plain = api.get("api/v1/tenants/ug/statistics", "Authorization", UG);
        assertEquals(200, plain.status(), plain.body());
        Api.Reply spoofed = api.get("api/v1/tenants/ug/statistics?tenant=np", "Authorization", UG, "X-Tenant", "np");
        assertEquals(plain.body(), spoofed.body(), "query and header are ignored");
        assertEquals(404, api.get("api/v1/tenants/np/statistics?tenant=ug", "Authorization", UG, "X-Tenant", "ug").status());
        assertEquals(404, api.get("admin/np?tenant=ug", "Authorization", UG, "X-Tenant", "ug").status());
        Api.Reply start = api.get("admin?tenant=np", "Authorization", UG, "X-Tenant", "np");
        assertEquals(303, start.status());
        assertTrue(start.header("Location").orElse("").endsWith("/admin/ug"), start.header("Location").orElse(""));
    }

    @Test
    void countsFromOneToFourAreSuppressedAndSoIsTheirMedian() {
        api.drainQueue();
        for (int i = 0; i < 6; i++) {
            submit("bd", "http://small-" + i + ".example/");
        }
        for (int i = 0; i < 3; i++) {
            JsonObject claimed = api.post("api/v1/queue/claims", "", "Authorization", ANALYST).json();
            String urlId = claimed.getJsonArray("urls").getJsonObject(0).getString("id");
            Api.Reply assessed = api.post("api/v1/reports/" + claimed.getString("id") + "/urls/" + urlId + "/assessments",
                    "{\"outcome\":\"criminal-b\",\"actions\":[\"notice-and-takedown\"]}", "Authorization", ANALYST);
            assertEquals(201, assessed.status(), assessed.body());
        }
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        Api.Reply reply = api.get("api/v1/tenants/bd/statistics?from=" + month + "&to=" + month, "Authorization", PLATFORM);
        assertEquals(200, reply.status(), reply.body());
        JsonArray months = jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readArray();
        JsonObject now = months.getJsonObject(0);
        assertEquals("6", now.getString("reports"));
        assertEquals("suppressed", now.getString("urlsAssessed"));
        assertEquals("suppressed", now.getJsonObject("outcomes").getString("criminal"));
        assertEquals("0", now.getJsonObject("outcomes").getString("not-criminal"));
        assertEquals("suppressed", now.getJsonObject("actions").getString("notice-and-takedown"));
        assertEquals("suppressed", now.getString("medianHoursToAssessment"), "no median from fewer than 5");

        Api.Reply page = api.get("admin/bd?from=" + month + "&to=" + month, "Authorization", PLATFORM);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("class=\"suppressed\">suppressed<"), "the page says suppressed");
        assertTrue(page.body().contains("role=\"img\""), "the chart is an accessible image");
        assertFalse(page.body().contains(">3<"), "the real small count appears nowhere");

        Api.Reply csv = api.get("admin/bd/statistics.csv?from=" + month + "&to=" + month, "Authorization", PLATFORM);
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("\"6\"") && csv.body().contains("\"suppressed\""), csv.body());
        assertFalse(csv.body().contains("\"3\""), csv.body());

        Api.Reply all = api.get("admin", "Authorization", PLATFORM);
        assertTrue(all.body().contains("data-tenant=\"bd\""), "platform admins see every tenant side by side");
    }

    /** The cells of a month in the order of the page's table and the CSV's columns. */
    private static final List<String> CELLS = List.of("reports", "urls", "urlsAssessed", "outcomes/criminal",
            "outcomes/not-criminal", "outcomes/outside-remit", "outcomes/gone", "outcomes/other",
            "actions/notice-and-takedown", "actions/refer-hotline", "actions/refer-police", "median");

    @Test
    void pageCsvChartAndApiSuppressTheSameCellsPrimaryOrComplementaryAlike() {
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        String range = "?from=" + month + "&to=" + month;
        // a portal of its own, live and without a report: on PostgreSQL the database is shared with the test
        // classes before this one, which report to the shipped tenants
        String tenant = newPortalCode();
        StaffSession platform = new StaffSession(api, PLATFORM);
        assertEquals(303, createPortal(platform, tenant, "Complementland", "en").status());
        String draft = textarea(platform.get("admin/" + tenant + "/configuration").body());
        assertEquals(303, publishAs(platform, tenant, draft.replace("status: draft", "status: live")).status());
        assertEquals("0", statisticsOf(tenant, range).getString("reports"));
        api.drainQueue();
        for (int i = 0; i < 5; i++) {
            submit(tenant, "http://complement-" + i + ".example/");
        }
        for (int i = 0; i < 5; i++) {
            JsonObject claimed = api.post("api/v1/queue/claims", "", "Authorization", ANALYST).json();
            String urlId = claimed.getJsonArray("urls").getJsonObject(0).getString("id");
            String body = i < 4 ? "{\"outcome\":\"criminal-b\",\"actions\":[\"notice-and-takedown\"]}"
                    : "{\"outcome\":\"not-criminal\",\"actions\":[\"none\"]}";
            Api.Reply assessed = api.post("api/v1/reports/" + claimed.getString("id") + "/urls/" + urlId + "/assessments",
                    body, "Authorization", ANALYST);
            assertEquals(201, assessed.status(), assessed.body());
        }
        // 5 reports, 5 URLs, 5 assessed = 4 criminal + 1 not criminal, 4 takedowns: the 4 and the 1 are small; with
        // 5 assessed shown they would add up, and no other group is left to pair them with, so assessed goes too;
        // then 5 URLs would bound it to 2..5, so URLs go; the median follows assessed. The reports stay.
        Set<String> expected = Set.of("urls", "urlsAssessed", "outcomes/criminal", "outcomes/not-criminal",
                "actions/notice-and-takedown", "median");

        JsonObject json = statisticsOf(tenant, range);
        Map<String, String> apiCells = new LinkedHashMap<>();
        apiCells.put("reports", json.getString("reports"));
        apiCells.put("urls", json.getString("urls"));
        apiCells.put("urlsAssessed", json.getString("urlsAssessed"));
        json.getJsonObject("outcomes").forEach((k, v) -> apiCells.put("outcomes/" + k, ((jakarta.json.JsonString) v).getString()));
        json.getJsonObject("actions").forEach((k, v) -> apiCells.put("actions/" + k, ((jakarta.json.JsonString) v).getString()));
        apiCells.put("median", json.containsKey("medianHoursToAssessment")
                ? json.get("medianHoursToAssessment").toString().replace("\"", "") : "");
        assertEquals(CELLS, List.copyOf(apiCells.keySet()));
        assertEquals(expected, suppressed(apiCells), "API: " + apiCells);

        Api.Reply csv = api.get("admin/" + tenant + "/statistics.csv" + range, "Authorization", PLATFORM);
        assertEquals(200, csv.status(), csv.body());
        List<String> row = List.of(csv.body().split("\r\n")[1].replace("\"", "").split(",", -1));
        Map<String, String> csvCells = new LinkedHashMap<>();
        for (int i = 0; i < CELLS.size(); i++) {
            csvCells.put(CELLS.get(i), row.get(i + 2));
        }
        assertEquals(expected, suppressed(csvCells), "CSV: " + csv.body());

        Api.Reply page = api.get("admin/" + tenant + range, "Authorization", PLATFORM);
        assertEquals(200, page.status(), page.body());
        java.util.regex.Matcher tr = java.util.regex.Pattern.compile("<tr data-month=\"" + month + "\">(.*?)</tr>",
                java.util.regex.Pattern.DOTALL).matcher(page.body());
        assertTrue(tr.find(), page.body());
        java.util.regex.Matcher td = java.util.regex.Pattern.compile("<td>(.*?)</td>", java.util.regex.Pattern.DOTALL)
                .matcher(tr.group(1));
        Map<String, String> pageCells = new LinkedHashMap<>();
        for (String cell : CELLS) {
            assertTrue(td.find(), tr.group(1));
            pageCells.put(cell, td.group(1).replaceAll("<[^>]*>", "").trim());
        }
        assertEquals(expected, suppressed(pageCells), "page: " + pageCells);

        String svg = page.body().substring(page.body().indexOf("<svg"), page.body().indexOf("</svg>"));
        Set<String> chartCells = new java.util.TreeSet<>();
        if (!svg.contains("chart-bar--reports")) {
            chartCells.add("reports");
        }
        if (!svg.contains("chart-bar--assessed")) {
            chartCells.add("urlsAssessed");
        }
        Set<String> charted = new java.util.TreeSet<>(expected);
        charted.retainAll(Set.of("reports", "urlsAssessed"));
        assertEquals(charted, chartCells, "chart: " + svg);

        // one marker for every suppressed cell of a rendering: nothing tells a small count from its complement
        for (Map<String, String> cells : List.of(apiCells, csvCells, pageCells)) {
            assertEquals(1, expected.stream().map(cells::get).distinct().count(), cells.toString());
        }
    }

    private JsonObject statisticsOf(String tenant, String range) {
        Api.Reply reply = api.get("api/v1/tenants/" + tenant + "/statistics" + range, "Authorization", PLATFORM);
        assertEquals(200, reply.status(), reply.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readArray().getJsonObject(0);
    }

    /** The cells a rendering shows as anything but a number (or as nothing: an empty median of 0 assessed). */
    private static Set<String> suppressed(Map<String, String> cells) {
        Set<String> suppressed = new java.util.TreeSet<>();
        cells.forEach((cell, text) -> {
            if (!text.matches("[0-9]+") && !text.isEmpty() && !text.equals("–")) {
                suppressed.add(cell);
            }
        });
        return suppressed;
    }

    private static String textarea(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<textarea id=\"yaml\"[^>]*>(.*?)</textarea>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the editor shows the configuration");
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceFirst("^\n", "");
    }

    private Api.Reply saveDraft(StaffSession partner, String yaml, String action) {
        Map<String, List<String>> form = partner.form("admin/ug/configuration");
        form.put("yaml", List.of(yaml));
        form.put("action", List.of(action));
        return partner.post("admin/ug/configuration/draft", form);
    }

    private Api.Reply publish(StaffSession partner) {
        return partner.post("admin/ug/configuration/publish", partner.form("admin/ug/configuration"));
    }

    /** Each test starts from the live configuration: any draft another test left is discarded. */
    private StaffSession freshEditor(String bearer, String tenant) {
        StaffSession editor = new StaffSession(api, bearer);
        editor.post("admin/" + tenant + "/configuration/draft/discard", editor.form("admin/" + tenant + "/configuration"));
        return editor;
    }

    @Test
    void aDraftIsPreviewedByItsEditorOnlyThenPublishedAndRolledBack() {
        StaffSession partner = freshEditor(UG, "ug");
        String live = textarea(partner.get("admin/ug/configuration").body());
        assertTrue(live.contains("code: ug"), live);
        String marker = "Draft wording " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String draft = live.replace("brand: \"#7a1f1f\"", "brand: \"#14532d\"")
                .replaceFirst("portal.layout.footer.anonymous: .*", "portal.layout.footer.anonymous: " + marker);
        assertTrue(draft.contains(marker) && draft.contains("#14532d"), draft);

        Api.Reply previewed = saveDraft(partner, draft, "preview");
        assertEquals(303, previewed.status(), previewed.body());
        assertTrue(previewed.header("Location").orElse("").endsWith("/ug/"));
        String cookie = previewed.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-preview=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        Api.Reply preview = api.get("ug/en/", "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertEquals(200, preview.status());
        assertTrue(preview.body().contains(marker), "the editor sees the draft");
        assertTrue(preview.body().contains("preview-banner"), "and is told it is a preview");
        assertEquals("noindex, nofollow", preview.header("X-Robots-Tag").orElse(""));
        assertTrue(preview.header("Cache-Control").orElse("").contains("no-store"));
        assertFalse(api.get("ug/en/").body().contains(marker), "everyone else still sees the live portal");
        assertFalse(api.get("np/ne/", "Cookie", cookie.substring(0, cookie.indexOf(';'))).body().contains("preview-banner"),
                "the token previews its own tenant only");
        String previewCookie = cookie.substring(0, cookie.indexOf(';'));
        Api.Reply form = api.get("ug/en/report", "Cookie", previewCookie);
        String session = form.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("__Host-csrf="))
                .findFirst().map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(csrf.find());
        Api.Reply tried = api.send(api.request("ug/en/report", "Cookie", previewCookie + "; " + session,
                "Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                "_csrf=" + csrf.group(1) + "&url=http%3A%2F%2Fpreview.example%2F&feedback=none&action=send")).build());
        assertEquals(409, tried.status(), "a report from a preview is not sent");
        assertTrue(tried.body().contains("the report was not sent"), tried.body());
        String forged = cookie.substring(0, cookie.indexOf(';')).replaceFirst("\\.[^.]*$", ".forged");
        assertFalse(api.get("ug/en/", "Cookie", forged).body().contains(marker), "a forged token shows nothing");

        Api.Reply published = publish(partner);
        assertEquals(303, published.status(), published.body());
        assertTrue(published.header("Location").orElse("").endsWith("notice=published"));
        String page = api.get("ug/en/").body();
        assertTrue(page.contains(marker), "published: everyone sees it");
        Api.Reply audit = api.get("api/v1/audit?action=tenant.publish", "Authorization", PLATFORM);
        assertTrue(audit.body().contains("tenant=ug version="), audit.body());

        Api.Reply editor = partner.get("admin/ug/configuration");
        assertTrue(editor.body().contains("data-version=\"0\""), "the shipped version can be restored");
        Api.Reply rolledBack = partner.post("admin/ug/configuration/versions/0/rollback", partner.form("admin/ug/configuration"));
        assertEquals(303, rolledBack.status(), rolledBack.body());
        assertFalse(api.get("ug/en/").body().contains(marker), "rolled back: the shipped configuration is live again");
        String export = partner.get("admin/ug/configuration.yaml").body();
        assertEquals(live.strip(), export.strip(), "the export is the live YAML, the shape of the seed files");
    }

    @Test
    void publishingIsRefusedWithTheReasonsNamed() {
        StaffSession partner = freshEditor(UG, "ug");
        String live = textarea(partner.get("admin/ug/configuration").body());

        Api.Reply lowContrast = saveDraft(partner, live.replace("brand-contrast: \"#ffffff\"", "brand-contrast: \"#8a4a4a\""), "save");
        assertEquals(303, lowContrast.status(), lowContrast.body());
        assertTrue(lowContrast.header("Location").orElse("").endsWith("notice=draft-saved"), "work in progress is kept");
        Api.Reply refused = publish(partner);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("brand-contrast #8a4a4a on brand #7a1f1f (button text) has contrast"), refused.body());
        assertTrue(refused.body().contains("needs 4.5:1"));

        String badMessage = live.replaceFirst("portal.layout.footer.anonymous: .*", "portal.layout.footer.anonymous: Hello {name");
        Api.Reply icu = saveDraft(partner, badMessage, "save");
        assertEquals(422, icu.status(), "a message that ICU cannot parse is refused at once");
        assertTrue(icu.body().contains("portal.layout.footer.anonymous"), icu.body());

        Api.Reply suspended = saveDraft(partner, live.replace("status: live", "status: suspended"), "save");
        assertEquals(422, suspended.status(), "a partner cannot suspend its own portal");
        assertTrue(suspended.body().contains("only the platform team can suspend"));

        Api.Reply broken = saveDraft(partner, "code: ug\nnames: [", "save");
        assertEquals(422, broken.status());
        assertTrue(broken.body().contains("not valid YAML"), broken.body());
        assertTrue(broken.body().contains("names: ["), "what was typed is kept");

        partner.post("admin/ug/configuration/draft/discard", partner.form("admin/ug/configuration"));
        assertFalse(api.get("ug/en/").body().contains("{name"), "nothing of it went live");
    }

    @Test
    void aLanguageWithoutPageTextsCannotGoLive() {
        StaffSession platform = freshEditor(PLATFORM, "bo");
        String live = textarea(platform.get("admin/bo/configuration").body());
        String withGerman = live.replaceFirst("locales: \\[([^\\]]*)\\]", "locales: [$1, de]")
                .replaceFirst("(?m)^names:\n", "names:\n  de: Bolivien\n");
        Map<String, List<String>> form = platform.form("admin/bo/configuration");
        form.put("yaml", List.of(withGerman));
        form.put("action", List.of("save"));
        Api.Reply saved = platform.post("admin/bo/configuration/draft", form);
        Api.Reply refused = platform.post("admin/bo/configuration/publish", platform.form("admin/bo/configuration"));
        assertEquals(422, refused.status(), saved.body() + refused.body());
        assertTrue(refused.body().contains("locales: de is incomplete"), refused.body());
        platform.post("admin/bo/configuration/draft/discard", platform.form("admin/bo/configuration"));
    }

    @Test
    void translationsRoundTripThroughXliffAndAreCheckedOnSave() {
        StaffSession platform = freshEditor(PLATFORM, "mz");
        Api.Reply overview = platform.get("admin/mz/translations");
        assertEquals(200, overview.status(), overview.body());
        assertTrue(overview.body().contains("data-language=\"pt\""));

        String exported = platform.get("admin/mz/translations/pt.xlf").body();
        assertTrue(exported.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"pt\">"),
                exported.substring(0, Math.min(300, exported.length())));
        String changed = exported.replaceFirst("(<unit id=\"portal.home.title\">\\s*<segment[^>]*>\\s*<source>[^<]*</source>\\s*<target>)[^<]*",
                "$1Denunciar abuso &amp; exploração");
        assertTrue(changed.contains("Denunciar abuso &amp; exploração"), "the unit was found");
        Map<String, List<String>> importForm = platform.form("admin/mz/translations/pt");
        importForm.put("file", List.of(changed));
        Api.Reply imported = platform.post("admin/mz/translations/pt/import", importForm);
        assertEquals(303, imported.status(), imported.body());

        String again = platform.get("admin/mz/translations/pt.xlf").body();
        assertTrue(again.contains("Denunciar abuso &amp; exploração"));
        Map<String, List<String>> reimport = platform.form("admin/mz/translations/pt");
        reimport.put("file", List.of(again));
        assertEquals(303, platform.post("admin/mz/translations/pt/import", reimport).status());
        assertEquals(again, platform.get("admin/mz/translations/pt.xlf").body(), "export, import, export: lossless");
        String properties = platform.get("admin/mz/translations/pt.properties").body();
        assertTrue(properties.contains("portal.home.title=Denunciar abuso & exploração"), properties);

        Map<String, List<String>> broken = platform.form("admin/mz/translations/pt");
        broken.put("t.portal.home.title", List.of("Olá {nome"));
        Api.Reply refused = platform.post("admin/mz/translations/pt", broken);
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("portal.home.title: not a valid ICU message"), refused.body());

        Map<String, List<String>> german = platform.form("admin/mz/translations");
        german.put("language", List.of("de"));
        Api.Reply added = platform.post("admin/mz/translations", german);
        assertEquals(303, added.status(), added.body());
        Api.Reply editor = platform.get("admin/mz/translations/de");
        assertEquals(200, editor.status());
        assertTrue(editor.body().contains("untranslated"), "a language without platform texts starts untranslated");
        assertTrue(platform.get("admin/mz/translations").body().contains("data-language=\"de\""));
        platform.post("admin/mz/configuration/draft/discard", platform.form("admin/mz/configuration"));
    }

    @Test
    void platformAdminsCreateSuspendAndReactivatePortals() {
        // six random letters: a UUID's hex digits can hold fewer than six letters, which made this test flaky
        String code = "t-" + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        StaffSession partner = new StaffSession(api, UG);
        Map<String, List<String>> attempt = partner.form("admin/ug");
        attempt.putAll(Map.of("code", List.of(code), "name", List.of("Nowhere"), "language", List.of("en"),
                "partner", List.of("Someone"), "emergency", List.of("112")));
        assertEquals(404, partner.post("admin/tenants", attempt).status(), "partners cannot create portals");

        StaffSession platform = new StaffSession(api, PLATFORM);
        Map<String, List<String>> create = platform.form("admin");
        create.putAll(Map.of("code", List.of(code), "name", List.of("Testland"), "language", List.of("en"),
                "partner", List.of("Testland child online safety"), "emergency", List.of("112")));
        Api.Reply created = platform.post("admin/tenants", create);
        assertEquals(303, created.status(), created.body());
        assertTrue(created.header("Location").orElse("").endsWith("/admin/" + code + "/configuration?notice=created"));
        assertEquals(404, api.get(code + "/en/").status(), "a new portal is not public while it is a draft");
        assertEquals(404, partner.get("admin/" + code).status());
        Map<String, List<String>> again = platform.form("admin");
        again.putAll(create.entrySet().stream().filter(e -> !e.getKey().equals("_csrf"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        Api.Reply duplicate = platform.post("admin/tenants", again);
        assertEquals(422, duplicate.status());
        assertTrue(duplicate.body().contains("is already a portal"));

        String yaml = textarea(platform.get("admin/" + code + "/configuration").body());
        Map<String, List<String>> draft = platform.form("admin/" + code + "/configuration");
        draft.put("yaml", List.of(yaml.replace("status: draft", "status: live")));
        draft.put("action", List.of("save"));
        assertEquals(303, platform.post("admin/" + code + "/configuration/draft", draft).status());
        assertEquals(303, platform.post("admin/" + code + "/configuration/publish", platform.form("admin/" + code + "/configuration")).status());
        Api.Reply live = api.get(code + "/en/");
        assertEquals(200, live.status());
        assertTrue(live.body().contains("Testland"));

        Map<String, List<String>> suspend = platform.form("admin");
        suspend.put("status", List.of("suspended"));
        assertEquals(303, platform.post("admin/" + code + "/status", suspend).status());
        assertEquals(503, api.get(code + "/en/").status(), "suspended: temporarily unavailable");
        Map<String, List<String>> reactivate = platform.form("admin");
        reactivate.put("status", List.of("live"));
        assertEquals(303, platform.post("admin/" + code + "/status", reactivate).status());
        assertEquals(200, api.get(code + "/en/").status());
        Map<String, List<String>> partnerSuspends = partner.form("admin/ug");
        partnerSuspends.put("status", List.of("suspended"));
        assertEquals(404, partner.post("admin/ug/status", partnerSuspends).status(), "partners cannot suspend");
    }

    private static String newPortalCode() {
        return "t-" + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private static Api.Reply publishAs(StaffSession editor, String code, String yaml) {
        Map<String, List<String>> draft = editor.form("admin/" + code + "/configuration");
        draft.put("yaml", List.of(yaml));
        draft.put("action", List.of("save"));
        Api.Reply saved = editor.post("admin/" + code + "/configuration/draft", draft);
        assertEquals(303, saved.status(), saved.body());
        return editor.post("admin/" + code + "/configuration/publish", editor.form("admin/" + code + "/configuration"));
    }

    private static Api.Reply setStatus(StaffSession platform, String code, String status) {
        Map<String, List<String>> form = platform.form("admin");
        form.put("status", List.of(status));
        return platform.post("admin/" + code + "/status", form);
    }

    private static Api.Reply createPortal(StaffSession platform, String code, String name, String language) {
        Map<String, List<String>> create = platform.form("admin");
        create.putAll(Map.of("code", List.of(code), "name", List.of(name), "language", List.of(language),
                "partner", List.of(name + " partner"), "emergency", List.of("112")));
        return platform.post("admin/tenants", create);
    }

    private static Api.Reply rollback(StaffSession editor, String code, int version) {
        return editor.post("admin/" + code + "/configuration/versions/" + version + "/rollback",
                editor.form("admin/" + code + "/configuration"));
    }

    @Test
    void aRollbackPassesThePublicationRulesAndNeverLiftsASuspension() {
        String code = newPortalCode();
        StaffSession platform = new StaffSession(api, PLATFORM);
        assertEquals(303, createPortal(platform, code, "Rollbackland", "en").status());
        String v1 = textarea(platform.get("admin/" + code + "/configuration").body());
        String v2 = v1.replace("status: draft", "status: live");
        assertEquals(303, publishAs(platform, code, v2).status(), "version 2: live");
        assertEquals(303, publishAs(platform, code, v2 + "hostnames: [" + code + ".portal.example]\n").status(),
                "version 3: the platform team gives it a host name");
        assertEquals(303, setStatus(platform, code, "suspended").status(), "version 4: suspended by the platform team");
        assertEquals(503, api.get(code + "/en/").status());

        StaffSession partner = new StaffSession(api, Api.bearer(TestTokens.partner("partner-" + code, code)));
        Api.Reply toLive = rollback(partner, code, 2);
        assertEquals(422, toLive.status(), "the partner may not drop the host name the platform team set: " + toLive.body());
        assertTrue(toLive.body().contains("hostnames: only the platform team can change"), toLive.body());
        assertEquals(503, api.get(code + "/en/").status(), "the suspension holds");

        Api.Reply toHosted = rollback(partner, code, 3);
        assertEquals(303, toHosted.status(), "a rollback that changes nothing the platform team owns is done: " + toHosted.body());
        assertEquals(503, api.get(code + "/en/").status(), "and still does not lift the suspension");
        assertTrue(partner.get("admin/" + code + "/configuration.yaml").body().contains("status: suspended"));
    }

    @Test
    void aRollbackToTheShippedVersionDoesNotLiftASuspension() {
        StaffSession platform = new StaffSession(api, PLATFORM);
        StaffSession partner = freshEditor(Api.bearer(TestTokens.partner("partner-pk", "pk")), "pk");
        assertEquals(303, setStatus(platform, "pk", "suspended").status());
        try {
            assertEquals(503, api.get("pk/en/").status());
            Api.Reply rolledBack = rollback(partner, "pk", 0);
            assertEquals(303, rolledBack.status(), rolledBack.body());
            assertEquals(503, api.get("pk/en/").status(), "the shipped file says live; the platform team's suspension holds");
        } finally {
            assertEquals(303, setStatus(platform, "pk", "live").status());
        }
        assertEquals(200, api.get("pk/en/").status());
    }

    @Test
    void aRollbackToAVersionThatWouldNotPassTodaysChecksIsRefusedWithTheReasons() {
        String code = newPortalCode();
        StaffSession platform = new StaffSession(api, PLATFORM);
        Api.Reply created = createPortal(platform, code, "Deutschland-Test", "de");
        assertEquals(303, created.status(), "version 1: German only, which has no page texts: " + created.body());
        Api.Reply refused = rollback(platform, code, 1);
        assertEquals(422, refused.status(), "a rollback is a publication and is checked like one: " + refused.body());
        assertTrue(refused.body().contains("locales: de is incomplete"), refused.body());
    }

    private Api.Reply upload(StaffSession editor, String tenant, String fileName, String type, byte[] content, String csrf) {
        String boundary = "----portal" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return editor.postRaw("admin/logo-upload/" + tenant, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    @Test
    void anUploadedLogoIsCheckedStoredAndServedFromOurOrigin() {
        StaffSession partner = freshEditor(UG, "ug");
        String csrf = partner.form("admin/ug/configuration").get("_csrf").get(0);
        String evil = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";
        Api.Reply refused = upload(partner, "ug", "evil.svg", "image/svg+xml", evil.getBytes(java.nio.charset.StandardCharsets.UTF_8), csrf);
        assertEquals(303, refused.status(), refused.body());
        String location = refused.header("Location").orElse("");
        assertTrue(location.contains("notice=logo-refused"), location);
        assertTrue(location.contains("script"), location);
        assertTrue(partner.get(location.substring(location.indexOf("admin/"))).body().contains("A script (&lt;script&gt;) is not accepted."));

        assertEquals(403, upload(partner, "ug", "x.svg", "image/svg+xml", new byte[] {'x'}, "forged").status(), "CSRF");
        assertEquals(404, upload(partner, "np", "x.svg", "image/svg+xml", new byte[] {'x'}, csrf).status(), "another tenant");

        String logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\"><title>Partner</title>"
                + "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#14532d\"/></svg>";
        Api.Reply uploaded = upload(partner, "ug", "logo.svg", "image/svg+xml", logo.getBytes(java.nio.charset.StandardCharsets.UTF_8), csrf);
        assertTrue(uploaded.header("Location").orElse("").endsWith("notice=logo-uploaded"), uploaded.header("Location").orElse(""));
        String draft = textarea(partner.get("admin/ug/configuration").body());
        assertTrue(draft.contains("logo: upload-"), draft);

        Api.Reply previewed = saveDraft(partner, draft, "preview");
        String cookie = previewed.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-preview=")).findFirst().orElseThrow();
        String page = api.get("ug/en/", "Cookie", cookie.substring(0, cookie.indexOf(';'))).body();
        java.util.regex.Matcher img = java.util.regex.Pattern.compile("src=\"/(assets/upload-[0-9a-f]+\\.[0-9a-f]+\\.svg)\"").matcher(page);
        assertTrue(img.find(), "the preview shows the uploaded logo from our origin");
        Api.Reply asset = api.get(img.group(1));
        assertEquals(200, asset.status());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 40 40\"><title>Partner</title>"
                + "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#14532d\"></circle></svg>", asset.body(), "served as rebuilt");
        assertTrue(asset.header("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertEquals("nosniff", asset.header("X-Content-Type-Options").orElse(""));
        assertTrue(asset.raw().headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("default-src 'none'")),
                "the logo cannot run or fetch anything even when opened on its own: " + asset.raw().headers().allValues("Content-Security-Policy"));
        partner.post("admin/ug/configuration/draft/discard", partner.form("admin/ug/configuration"));
    }

    /**
     * The statistics read as {@code OutcomeStatistics} reads them (the pool's role, then its statistics role and the
     * declared tenant for the transaction), but without the query's own tenant filter: row-level security still
     * returns the declared tenant only, the tables too, and nothing when no tenant is declared.
     */
    @Test
    void anSvgLogoIsJudgedByNamespaceAndOnlyItsRebuiltDrawingIsStored() {
        StaffSession partner = freshEditor(UG, "ug");
        String csrf = partner.form("admin/ug/configuration").get("_csrf").get(0);
        String prefixed = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:l=\"http://www.w3.org/1999/xlink\">"
                + "<use l:href=\"https://evil.example/s.svg#a\"/><rect width=\"1\" height=\"1\" style=\"fill:u\\72l(https://evil.example/f)\"/></svg>";
        Api.Reply refused = upload(partner, "ug", "prefixed.svg", "image/svg+xml", prefixed.getBytes(java.nio.charset.StandardCharsets.UTF_8), csrf);
        String location = refused.header("Location").orElse("");
        assertTrue(location.contains("notice=logo-refused"), "another prefix for xlink is still xlink: " + location);
        String page = partner.get(location.substring(location.indexOf("admin/"))).body();
        assertTrue(page.contains("The attribute l:href on &lt;use&gt; refers to something outside the file"), page);
        assertTrue(page.contains("A style attribute (on &lt;rect&gt;)"), page);

        String messy = "<?xml version=\"1.0\"?>\n<!-- exported by an editor -->\n<svg viewBox='0 0 40 40' xmlns='http://www.w3.org/2000/svg'"
                + " xmlns:q='http://www.w3.org/1999/xlink'><defs><linearGradient id='g'><stop offset='0' stop-color='#14532d'/>"
                + "</linearGradient></defs><metadata><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/></metadata>"
                + "<circle cx='20' cy='20' r='18' fill='url(#g)'/><use q:href='#g'/></svg>";
        Api.Reply uploaded = upload(partner, "ug", "messy.svg", "image/svg+xml", messy.getBytes(java.nio.charset.StandardCharsets.UTF_8), csrf);
        assertTrue(uploaded.header("Location").orElse("").endsWith("notice=logo-uploaded"), uploaded.header("Location").orElse(""));
        String draft = textarea(partner.get("admin/ug/configuration").body());
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("logo: (upload-[0-9a-f]+)\\.svg").matcher(draft);
        assertTrue(name.find(), draft);
        Api.Reply previewed = saveDraft(partner, draft, "preview");
        String cookie = previewed.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-preview=")).findFirst().orElseThrow();
        java.util.regex.Matcher img = java.util.regex.Pattern.compile("src=\"/(assets/upload-[0-9a-f]+\\.[0-9a-f]+\\.svg)\"")
                .matcher(api.get("ug/en/", "Cookie", cookie.substring(0, cookie.indexOf(';'))).body());
        assertTrue(img.find());
        String served = api.get(img.group(1)).body();
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 40 40\"><defs><linearGradient id=\"g\">"
                + "<stop offset=\"0\" stop-color=\"#14532d\"></stop></linearGradient></defs>"
                + "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"url(#g)\"></circle><use xlink:href=\"#g\"></use></svg>", served,
                "what is served is the drawing rebuilt from what was allowed, not the uploaded bytes");
        partner.post("admin/ug/configuration/draft/discard", partner.form("admin/ug/configuration"));
    }

    @Test
    @Tag("postgres-only")
    void onPostgresqlRowLevelSecurityShowsOnlyTheDeclaredTenant() throws SQLException {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres: row-level security is PostgreSQL's");
        submit("ug", "http://guard.example/ug");
        submit("np", "http://guard.example/np");
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("SELECT set_config('role', session_user || '_statistics', true)");
                assertEquals(0, count(s, "SELECT count(*) FROM tenant_url_outcomes"), "no tenant declared: nothing");
                assertEquals(0, count(s, "SELECT count(*) FROM reports"), "not even in the table");
                s.execute("SELECT set_config('portal.statistics_tenant', 'np', true)");
                long np = count(s, "SELECT count(*) FROM tenant_url_outcomes");
                assertTrue(np >= 1, "np's URL is seen");
                assertEquals(np, count(s, "SELECT count(*) FROM tenant_url_outcomes WHERE tenant_code = 'np'"),
                        "a query without a tenant filter still sees np only");
                assertEquals(1, count(s, "SELECT count(DISTINCT tenant_code) FROM reports"), "the table shows np only");
                assertEquals(count(s, "SELECT count(*) FROM tenant_url_outcomes WHERE url_id IS NOT NULL"),
                        count(s, "SELECT count(*) FROM reported_urls"), "and the URLs of np's reports only");
                assertEquals(0, count(s, "SELECT count(*) FROM tenant_url_outcomes WHERE tenant_code = 'ug'"));
            }
            db.rollback();
            try (Statement s = db.createStatement()) {
                s.execute("SELECT set_config('role', session_user || '_statistics', true), set_config('portal.statistics_tenant', 'np', true)");
                SQLException text = assertThrows(SQLException.class, () -> count(s, "SELECT count(description) FROM reports"));
                assertTrue(text.getMessage().contains("permission denied"), "the statistics role reads figures only: "
                        + text.getMessage());
            }
            db.rollback();
        }
    }

    /** The guard is not the application's to lift: its role owns nothing, and reads statistics only through the guard. */
    @Test
    @Tag("postgres-only")
    void onPostgresqlTheApplicationsRoleCannotLiftTheGuard() throws SQLException {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres: row-level security is PostgreSQL's");
        try (Connection db = TestDatabase.connect(); Statement s = db.createStatement()) {
            for (String lift : List.of("ALTER TABLE reports DISABLE ROW LEVEL SECURITY",
                    "ALTER TABLE reports NO FORCE ROW LEVEL SECURITY",
                    "ALTER TABLE reported_urls DISABLE ROW LEVEL SECURITY",
                    "DROP POLICY reports_statistics ON reports",
                    "ALTER POLICY reports_statistics ON reports USING (true)",
                    "CREATE POLICY everything ON reports FOR SELECT USING (true)",
                    "CREATE OR REPLACE VIEW tenant_url_outcomes AS SELECT tenant_code, id AS report_id, received_at, "
                            + "id AS url_id, received_at AS assessed_at, status AS outcome, status AS actions FROM reports",
                    "DROP VIEW tenant_url_outcomes",
                    "DROP TABLE reports",
                    "ALTER TABLE reports OWNER TO " + System.getProperty("it.db.user"),
                    "CREATE TABLE reports_copy AS SELECT * FROM reports")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(lift), lift);
                assertTrue(refused.getMessage().matches("(?s).*(must be owner|permission denied).*"), lift + ": "
                        + refused.getMessage());
            }
            SQLException asItself = assertThrows(SQLException.class, () -> count(s, "SELECT count(*) FROM tenant_url_outcomes"));
            assertTrue(asItself.getMessage().contains("permission denied"), "statistics only as the statistics role: "
                    + asItself.getMessage());
            try (ResultSet role = s.executeQuery("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
                assertTrue(role.next());
                assertFalse(role.getBoolean(1) || role.getBoolean(2), "neither superuser nor BYPASSRLS");
            }
        }
    }

    @Test
    @Tag("postgres-only")
    void anUnexpectedFaultOnAPartnerPageIsA500PageWithItsIncidentAndOneLogLineWithoutItsMessage() throws Exception {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres");
        InstanceLog log = InstanceLog.fromNow();
        Api.Reply reply;
        try (BrokenSchema broken = BrokenSchema.withoutView("tenant_url_outcomes")) {
            reply = api.get("admin/ug", "Authorization", Api.bearer(TestTokens.partner("pat", "ug")), "Accept-Language", "fr");
        }
        PageFaults.assertAFaultPageWithItsIncident(reply, log, "fr");
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
