package org.reportingportals.core.console.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.BrokenSchema;
import org.reportingportals.core.testing.InstanceLog;
import org.reportingportals.core.testing.PageFaults;
import org.reportingportals.core.testing.TestDatabase;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.Keycloak;
import org.reportingportals.core.testing.Prerequisites;
import org.reportingportals.core.testing.StaffSession;
import org.reportingportals.core.testing.TestTokens;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst console's pages on a real Payara Micro and database. Pages are fetched with signed bearer
 * tokens (the console accepts them as the API does); the browser sign-on through Keycloak is covered by
 * {@code ConsoleBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

    private static final String XSS_TEXT = "<script>alert('d')</script><img src=x onerror=alert(1)> \u202Egnp.exe";

    @ArquillianResource
    URL base;

    private Api api;
    private final String alice = Api.bearer(TestTokens.analyst("alice"));
    private final String bob = Api.bearer(TestTokens.analyst("bob"));
    private final String senior = Api.bearer(TestTokens.withRoles("sam", List.of("analyst", "senior-analyst")));
    private final String partner = Api.bearer(TestTokens.withRoles("pat", List.of("partner-admin")));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void drainTheQueue() {
        api = new Api(base);
        api.drainQueue();
    }

    private String submit(String tenant, String description, String... urls) {
        String list = java.util.Arrays.stream(urls).map(u -> "\"" + u.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(","));
        String body = "{\"urls\":[" + list + "]" + (description == null ? "" : ",\"description\":\""
                + description.replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + (tenant.equals("ma") ? ",\"locale\":\"ar\"" : "") + "}";
        Api.Reply reply = api.post("api/v1/portals/" + tenant + "/reports", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("reference");
    }

    @Test
    void reportedTextAndUrlsRenderAsInertText() {
        submit("ma", XSS_TEXT, "http://example.com/\"><script>alert(2)</script>",
                "http://trusted.example@evil.example/<img/src=x/onerror=alert(3)>", "https://xn--pple-43d.com/login");
        Console console = new Console(alice);
        String reportPath = console.claimNext();
        Api.Reply page = console.get(reportPath);
        assertEquals(200, page.status(), page.body());
        String html = page.body();

        assertFalse(html.contains("<script>alert"), "no reported script element");
        assertFalse(html.contains("<img src=x"), "no reported image element");
        assertFalse(html.contains("<img/src"), "no reported image element in a URL");
        assertTrue(html.contains("<bdi>&lt;script&gt;alert(&#39;d&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; \u202Egnp.exe</bdi>"),
                "the description is escaped text, bidi-isolated");
        assertFalse(Pattern.compile("<a [^>]*href=\"https?://(?!" + Pattern.quote(base.getHost()) + ")").matcher(html).find(),
                "no reported URL is a link");
        assertTrue(html.contains("data-flag=\"mixed-script\""), "the Cyrillic look-alike host is flagged");
        assertTrue(html.contains("xn--pple-43d.com") && html.contains("\u0430pple.com"), "host in punycode and Unicode");
        assertTrue(html.contains("warning--userinfo") && html.contains("the page is on evil.example"),
                "the userinfo trick names the real host");
        assertTrue(page.header("Content-Security-Policy").orElse("").contains("script-src 'self'"), "strict CSP");
        assertEquals("no-store", page.header("Cache-Control").orElse(""));
    }

    @Test
    void aReportFromThePersonShownCarriesABannerWithTheirAgeBandAndTheThreat() {
        Api.Reply sent = api.post("api/v1/portals/ug/reports", "{\"urls\":[\"http://example.com/console/self\"],"
                + "\"reporter\":\"person-shown\",\"ageWhenMade\":\"11-13\",\"threatened\":true}");
        assertEquals(201, sent.status(), sent.body());
        Console console = new Console(alice);
        String html = console.get(console.claimNext()).body();
        assertTrue(html.contains("class=\"alert alert--person-shown\""), "the banner");
        assertTrue(html.contains("Sent by the young person shown in the content"), html);
        assertTrue(html.contains("Their age when it was made: 11-13"));
        assertTrue(html.contains("(sextortion)"));
        assertTrue(html.contains("class=\"alert alert--danger\""), "a threat makes it a child in danger");

        submit("np", null, "http://example.com/console/bystander");
        String bystander = console.get(console.claimNext()).body();
        assertFalse(bystander.contains("alert--person-shown"), "no banner on a bystander's report");
    }

    @Test
    void anAnalystClaimsAssessesAndFinishesAReportThroughTheForms() {
        String earlier = submit("ug", null, "http://dup.example/page");
        String reference = submit("ug", "three pages", "http://dup.example/page", "http://two.example/", "http://three.example/");
        Console console = new Console(Api.bearer(TestTokens.analyst("carol")));
        Api.Reply queue = console.get("console");
        assertEquals(200, queue.status());
        assertTrue(queue.body().contains("data-count=\"waiting\">2<"), queue.body());

        String first = console.claimNext();
        String second = console.claimNext();
        String reportPath = console.get(first).body().contains("<h1>Report " + reference + "</h1>") ? first : second;
        // the other one goes back: a release from "my claims"
        String otherId = (reportPath.equals(first) ? second : first).substring("console/reports/".length());
        Api.Reply released = console.post("console/claims/" + otherId + "/release", console.form("console"));
        assertEquals(303, released.status());
        assertTrue(released.header("Location").orElse("").endsWith("/console?notice=released"));

        Api.Reply page = console.get(reportPath);
        List<String> urlIds = allGroups(page.body(), "data-url-id=\"([^\"]+)\"");
        assertEquals(3, urlIds.size());
        assertTrue(page.body().contains(earlier), "the earlier sighting of the same page is listed");
        assertTrue(page.body().contains("name=\"applyToDuplicates\""), "one open duplicate can be settled at once");

        Map<String, List<String>> invalid = console.form(reportPath);
        invalid.put("actions", List.of("none", "refer-police"));
        Api.Reply refused = console.post(reportPath + "/urls/" + urlIds.get(0) + "/assessments", invalid);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("Choose an outcome."), refused.body());
        assertTrue(refused.body().contains("cannot be combined with others"));

        for (String urlId : urlIds) {
            Map<String, List<String>> form = console.form(reportPath);
            form.put("outcome", List.of("criminal-b"));
            form.put("hostingCountry", List.of("NL"));
            form.put("ageBand", List.of("7-10"));
            form.put("selfGenerated", List.of("no"));
            form.put("actions", List.of("notice-and-takedown", "refer-hotline"));
            form.put("notes", List.of("seen <b>here</b>"));
            if (urlId.equals(urlIds.get(0))) {
                form.put("applyToDuplicates", List.of("true"));
            }
            Api.Reply done = console.post(reportPath + "/urls/" + urlId + "/assessments", form);
            assertEquals(303, done.status(), done.body());
            String location = done.header("Location").orElse("");
            assertTrue(location.contains("notice=assessed") || location.contains("notice=report-assessed"), location);
        }
        Api.Reply after = console.get("console");
        assertTrue(after.body().contains("You hold no reports."), "the finished report left my claims");

        String reportId = reportPath.substring("console/reports/".length());
        JsonObject detail = api.get("api/v1/reports/" + reportId, "Authorization", bob).json();
        assertEquals("assessed", detail.getString("status"));
        Api.Reply audit = api.get("api/v1/audit?reportId=" + reportId, "Authorization", senior);
        for (String action : List.of("report.claim", "report.view", "url.assess", "report.assessed")) {
            assertTrue(audit.body().contains("\"" + action + "\""), action + " is audited: " + audit.body());
        }
        Api.Reply earlierAudit = api.get("api/v1/audit?action=url.assess.duplicate", "Authorization", senior);
        assertTrue(earlierAudit.body().contains("url.assess.duplicate"), "the duplicate was settled by the same act");

        Api.Reply takedowns = console.get("console/takedowns");
        assertTrue(takedowns.body().contains("http://two.example/"), "the notice-and-takedown is tracked");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        submit("ug", null, "http://csrf.example/");
        Console console = new Console(alice);
        console.get("console");
        Api.Reply forged = console.post("console/claims", new LinkedHashMap<>());
        assertEquals(403, forged.status());
        Api.Reply queue = console.get("console");
        assertTrue(queue.body().contains("data-count=\"waiting\">1<"), "still waiting: " + queue.body());
    }

    @Test
    void theAuditTrailAndReviewQueueAreForSeniorAnalystsOnly() {
        submit("ug", null, "http://seen.example/");
        Console console = new Console(alice);
        console.get(console.claimNext());
        assertEquals(403, console.get("console/audit").status());
        assertEquals(403, console.get("console/reviews").status());

        Console seniorConsole = new Console(senior);
        Api.Reply audit = seniorConsole.get("console/audit?action=report.view");
        assertEquals(200, audit.status());
        assertTrue(audit.body().contains("report.view"), audit.body());
        assertEquals(200, seniorConsole.get("console/reviews").status());

        assertEquals(403, new Console(partner).get("console").status(), "partners never see the console");
    }

    @Test
    void theSameAnalystCannotReviewTheirOwnDecision() {
        submit("ug", null, "http://review.example/");
        Console sam = new Console(senior);
        String reportPath = sam.claimNext();
        String urlId = allGroups(sam.get(reportPath).body(), "data-url-id=\"([^\"]+)\"").get(0);
        Map<String, List<String>> form = sam.form(reportPath);
        form.put("outcome", List.of("not-criminal"));
        form.put("actions", List.of("none"));
        assertEquals(303, sam.post(reportPath + "/urls/" + urlId + "/assessments", form).status());

        String assessmentId = allGroups(sam.get(reportPath).body(), "/console/assessments/([^/]+)/reviews").get(0);
        Map<String, List<String>> ask = sam.form(reportPath);
        ask.put("kind", List.of("second-opinion"));
        ask.put("reason", List.of("not sure"));
        assertEquals(303, sam.post("console/assessments/" + assessmentId + "/reviews", ask).status());

        Api.Reply reviews = sam.get("console/reviews");
        assertTrue(reviews.body().contains("You made the first decision"), reviews.body());
        String reviewId = allGroups(reviews.body(), "/console/reviews/([^/]+)/decision").stream().findFirst().orElse("");
        assertEquals("", reviewId, "no decision form on one's own decision");
    }

    @Test
    void theConsoleAsksForSignOnThroughKeycloakWithStateNonceAndPkce() {
        Prerequisites.keycloak("ConsoleIT.theConsoleAsksForSignOnThroughKeycloakWithStateNonceAndPkce");
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(Deployments.reachable(base) + "console/reports/x")).GET().build());
        assertEquals(302, reply.statusCode());
        String location = reply.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(Keycloak.REALM + "/protocol/openid-connect/auth?"), location);
        for (String parameter : List.of("response_type=code", "client_id=portal-web", "state=", "nonce=",
                "code_challenge=", "code_challenge_method=S256", "redirect_uri=")) {
            assertTrue(location.contains(parameter), parameter + " in " + location);
        }
        List<String> cookies = reply.headers().allValues("Set-Cookie");
        String signOn = cookies.stream().filter(c -> c.startsWith("__Host-sign-on=")).findFirst().orElse("");
        assertTrue(signOn.contains("Secure") && signOn.contains("HttpOnly") && signOn.toLowerCase().contains("samesite=lax")
                && signOn.contains("Path=/") && !signOn.contains("Domain"), cookies.toString());
        assertFalse(cookies.stream().anyMatch(c -> c.startsWith("__Host-portal=") || c.startsWith("JSESSIONID")),
                "a sign-on on its way to Keycloak keeps nothing in a session: " + cookies);
    }

    /**
     * The whole browser sign-on, by hand over HTTP: afterwards the sealed pass alone signs the analyst on, with every
     * other cookie dropped (no session, nothing this instance remembers), exactly as a request that reaches another
     * instance would arrive. A pass that was tampered with, or one removed by signing out, signs nobody on.
     */
    @Test
    void aSignOnLeavesOnlyASealedPassWhichAloneSignsTheAnalystOnAndSigningOutRemovesIt() {
        Prerequisites.keycloak("ConsoleIT.aSignOnLeavesOnlyASealedPassWhichAloneSignsTheAnalystOnAndSigningOutRemovesIt");
        // localhost: the realm accepts callbacks to any localhost port
        URL reachable = Deployments.reachable(base);
        String root = "http://localhost:" + reachable.getPort() + reachable.getPath();
        Map<String, String> ours = new LinkedHashMap<>();
        Map<String, String> keycloaks = new LinkedHashMap<>();

        HttpResponse<String> start = send(get(root + "console?from=test", ours));
        assertEquals(302, start.statusCode());
        keep(start, ours);
        HttpResponse<String> loginPage = send(get(start.headers().firstValue("Location").orElseThrow(), keycloaks));
        assertEquals(200, loginPage.statusCode());
        keep(loginPage, keycloaks);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
        assertTrue(action.find(), "Keycloak's login form");
        HttpResponse<String> loggedIn = send(with(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&"))), keycloaks)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst1&password=analyst1-demo")).build());
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        String callback = loggedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith(root + "console/callback?"), callback);

        HttpResponse<String> back = send(get(callback, ours));
        assertEquals(302, back.statusCode(), back.body());
        assertEquals(root + "console?from=test", back.headers().firstValue("Location").orElseThrow(), "back on the page asked for");
        keep(back, ours);
        String pass = ours.get("__Host-staff");
        assertTrue(pass != null && !pass.isEmpty(), "a sealed pass: " + back.headers().allValues("Set-Cookie"));
        String passCookie = back.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("__Host-staff=")).findFirst().orElseThrow();
        assertTrue(passCookie.contains("Secure") && passCookie.contains("HttpOnly") && passCookie.toLowerCase().contains("samesite=lax"),
                passCookie);
        assertFalse(pass.contains("analyst1"), "the pass is sealed, not readable");

        Map<String, String> passOnly = new LinkedHashMap<>(Map.of("__Host-staff", pass));
        HttpResponse<String> queue = send(get(root + "console?from=test", passOnly));
        assertEquals(200, queue.statusCode(), "the pass alone: " + queue.body());
        assertTrue(queue.body().contains("Ada Analyst"), "the queue names who is signed on");

        char last = pass.charAt(pass.length() - 2);
        String tampered = pass.substring(0, pass.length() - 2) + (last == 'A' ? 'B' : 'A') + pass.charAt(pass.length() - 1);
        HttpResponse<String> refused = send(get(root + "console?from=test", new LinkedHashMap<>(Map.of("__Host-staff", tampered))));
        assertEquals(302, refused.statusCode(), "a tampered pass is no sign-on");
        assertTrue(refused.headers().firstValue("Location").orElse("").startsWith(Keycloak.REALM), "sent to sign on again");

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(queue.body());
        assertTrue(token.find(), "the sign-out form's token");
        keep(queue, passOnly);
        HttpResponse<String> out = send(with(HttpRequest.newBuilder(URI.create(root + "console/logout")), passOnly)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1))).build());
        assertEquals(303, out.statusCode(), out.body());
        assertTrue(out.headers().firstValue("Location").orElse("").startsWith(Keycloak.REALM + "/protocol/openid-connect/logout?"),
                out.headers().firstValue("Location").orElse(""));
        assertTrue(out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("__Host-staff=;") && c.contains("Max-Age=0")),
                "signing out removes the pass: " + out.headers().allValues("Set-Cookie"));
    }

    /** Where a sign-on goes when Keycloak cannot be reached (the fault drills take Keycloak down for the whole path). */
    @Test
    @org.junit.jupiter.api.Tag("postgres-only")
    void anUnexpectedFaultOnAConsolePageIsA500PageWithItsIncidentAndOneLogLineWithoutItsMessage() throws Exception {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres");
        InstanceLog log = InstanceLog.fromNow();
        Api.Reply reply;
        try (BrokenSchema broken = BrokenSchema.withoutTable("queue_counts")) {
            reply = api.get("console", "Authorization", alice, "Accept-Language", "fr");
        }
        PageFaults.assertAFaultPageWithItsIncident(reply, log, "fr");
    }

    @Test
    void theSignOnUnavailablePageSaysSoWithA503AndWhenToTryAgain() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(Deployments.reachable(base) + "sign-on-unavailable")).GET().build());
        assertEquals(503, page.statusCode());
        assertEquals("30", page.headers().firstValue("Retry-After").orElse(""));
        assertTrue(page.body().contains("Sign-in is unavailable") && page.body().contains("not affected"), page.body());
        assertFalse(page.body().contains("Payara") || page.body().contains("Exception"), page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    }

    private static HttpRequest get(String url, Map<String, String> cookies) {
        return with(HttpRequest.newBuilder(URI.create(url)), cookies).GET().build();
    }

    private static HttpRequest.Builder with(HttpRequest.Builder request, Map<String, String> cookies) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private static void keep(HttpResponse<String> reply, Map<String, String> cookies) {
        for (String set : reply.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || set.contains("Max-Age=0")) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> allGroups(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** One analyst's console session, with the queue page's "claim next" button. */
    private final class Console {
        private final StaffSession session;

        Console(String bearer) {
            this.session = new StaffSession(api, bearer);
        }

        Api.Reply get(String path) {
            return session.get(path);
        }

        Api.Reply post(String path, Map<String, List<String>> form) {
            return session.post(path, form);
        }

        Map<String, List<String>> form(String page) {
            return session.form(page);
        }

        /** Claims the next report through the queue page's button; answers the report page's path. */
        String claimNext() {
            Api.Reply claimed = post("console/claims", form("console"));
            assertEquals(303, claimed.status(), claimed.body());
            String location = claimed.header("Location").orElseThrow();
            assertTrue(location.contains("/console/reports/"), location);
            return location.substring(location.indexOf("console/reports/"));
        }
    }
}
