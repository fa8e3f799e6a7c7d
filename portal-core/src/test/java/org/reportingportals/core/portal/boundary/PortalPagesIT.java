package org.reportingportals.core.portal.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.platform.boundary.Problems;
import org.reportingportals.core.tenancy.boundary.TenantHosts;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.BrokenSchema;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.InstanceLog;
import org.reportingportals.core.testing.PageFaults;
import org.reportingportals.core.testing.TestDatabase;
import org.reportingportals.core.testing.TestTokens;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.entity.Helpline;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public portal pages of every demo tenant in every language, on a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class PortalPagesIT {

    private static final List<String> PAGES = List.of("", "report", "status", "privacy", "about");
    private static final Set<String> RTL = Set.of("ar", "ur");
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\"'\\s<>]+");
    private static final Pattern RESOURCE = Pattern.compile("<(?:link|script|img|iframe|source|audio|video|embed|object)\\b[^>]*?(?:src|href|data)=\"([^\"]*)\"");
    private static final TenantDirectory TENANTS = TenantFiles.fromClasspath(PortalPagesIT.class.getClassLoader());

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

    @Test
    void everyPageOfEveryTenantInEveryLanguageRendersWithItsLanguageDirectionAndBranding() {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (Tenant tenant : TENANTS.all()) {
            for (var locale : tenant.locales()) {
                String lang = locale.toLanguageTag();
                for (String page : PAGES) {
                    String path = tenant.code() + "/" + lang + "/" + page;
                    Api.Reply reply = api.get(path);
                    int expected = tenant.status() == TenantStatus.SUSPENDED ? 503 : 200;
                    pages++;
                    if (reply.status() != expected) {
                        failures.add(path + ": status " + reply.status());
                        continue;
                    }
                    String html = reply.body();
                    String dir = RTL.contains(lang) ? "rtl" : "ltr";
                    if (!html.contains("<html lang=\"" + lang + "\" dir=\"" + dir + "\">")) {
                        failures.add(path + ": lang/dir");
                    }
                    if (!html.contains("/assets/theme-" + tenant.code() + ".")) {
                        failures.add(path + ": tenant stylesheet missing");
                    }
                    if (!html.contains(escape(tenant.name(locale)))) {
                        failures.add(path + ": tenant name missing");
                    }
                    for (String number : numbers(tenant.emergencyNumbers())) {
                        if (page.isEmpty() && !html.contains(number)) {
                            failures.add(path + ": emergency number " + number + " missing");
                        }
                    }
                    failures.addAll(foreignReferences(path, html, tenant));
                    if (!reply.header("Content-Security-Policy").orElse("").contains("default-src 'self'")) {
                        failures.add(path + ": no CSP");
                    }
                    if (reply.header("Server").isPresent() || reply.header("X-Powered-By").isPresent()) {
                        failures.add(path + ": names the server software");
                    }
                    if (page.isEmpty() && reply.header("Set-Cookie").isPresent()) {
                        failures.add(path + ": a cookie on a page without a form");
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        int expected = TENANTS.all().stream().mapToInt(t -> t.locales().size()).sum() * PAGES.size();
        assertEquals(expected, pages);
        assertTrue(pages >= 80, "pages checked: " + pages);
    }

    @Test
    void theEntryPathPicksALanguageFromTheBrowser() {
        Api.Reply reply = api.get("ug/", "Accept-Language", "sw-KE,en;q=0.5");
        assertEquals(303, reply.status());
        assertTrue(reply.header("Location").orElse("").endsWith("/ug/sw/"));
        assertEquals("Accept-Language", reply.header("Vary").orElse(""));
        Api.Reply fallback = api.get("ma/", "Accept-Language", "de");
        assertTrue(fallback.header("Location").orElse("").endsWith("/ma/ar/"));
        Api.Reply uppercase = api.get("ug/SW/report");
        assertEquals(303, uppercase.status());
        assertTrue(uppercase.header("Location").orElse("").endsWith("/ug/sw/report"));
    }

    @Test
    void unknownTenantsLanguagesAndHostsAre404() {
        for (String path : List.of("zz/en/", "ug/de/", "xx/", "ug/en/nothing-here")) {
            Api.Reply reply = api.get(path, "Accept-Language", "fr");
            assertEquals(404, reply.status(), path);
        }
        Api.Reply page = api.get("zz/en/", "Accept-Language", "fr");
        assertTrue(page.body().contains("<html lang=\"fr\""), "the 404 page speaks the visitor's language");
        assertFalse(page.body().contains("Uganda"), "never another tenant");
        assertEquals(404, statusWithHost("evil.example", "/ug/en/"));
        assertEquals(404, statusWithHost("evil.example", "/api/v1/portals/ug/reports"));
        assertEquals(200, statusWithHost(base.getHost(), "/ug/en/"));
    }

    @Test
    void twoHostHeadersOrOneThatIsNoHostNameAre400() {
        String ours = base.getHost();
        assertEquals(400, statusWithHeaders("Host: " + ours + "\r\nHost: evil.example", "/ug/en/"), "two Host headers");
        assertEquals(400, statusWithHeaders("Host: evil.example\r\nHost: " + ours, "/ug/en/"), "two Host headers");
        for (String bad : List.of("bad host", "x@" + ours, ours + "/path", "<script>", "\"" + ours + "\"")) {
            assertEquals(400, statusWithHost(bad, "/ug/en/"), bad);
        }
        assertEquals(200, statusWithHost(ours + ":" + Deployments.reachable(base).getPort(), "/ug/en/"));
        assertEquals(200, statusWithHost("[::1]", "/ug/en/"));
    }

    /**
     * A Host refusal speaks the caller's language in the caller's format: the API's problem document, the pages'
     * page (a form post as well as a page), each with the application's security headers; a port no TCP connection
     * can have is such a refusal too.
     */
    @Test
    void hostRefusalsAreAProblemDocumentOnTheApiAndALocalisedPageOnPages() {
        String ours = base.getHost();
        String french = "Accept-Language: fr\r\nConnection: close\r\n";
        String twoHosts = "Host: " + ours + "\r\nHost: evil.example\r\n" + french;
        String api = rawAnswer("GET /api/v1/portals/ug/reports HTTP/1.1\r\n" + twoHosts + "\r\n");
        assertRefusal(api, "API, two Hosts", 400, Problems.MEDIA_TYPE);
        assertTrue(api.contains("\"type\":\"urn:reportingportals:problem:malformed-host\""), api);
        String unknown = rawAnswer("GET /api/v1/portals/ug/reports HTTP/1.1\r\nHost: evil.example\r\n" + french + "\r\n");
        assertRefusal(unknown, "API, unknown host", 404, Problems.MEDIA_TYPE);
        assertTrue(unknown.contains("\"type\":\"urn:reportingportals:problem:portal-not-found\""), unknown);
        String page = rawAnswer("GET /ug/en/ HTTP/1.1\r\n" + twoHosts + "\r\n");
        assertRefusal(page, "page, two Hosts", 400, "text/html");
        assertTrue(page.contains("<html lang=\"fr\"") && page.contains("Cette demande n’a pas pu être comprise"), page);
        String form = rawAnswer(post("/ug/en/report", "Host: " + ours + ":99999\r\n" + french.replace("Connection: close\r\n", "")
                + "Content-Type: application/x-www-form-urlencoded\r\n", "url=https%3A%2F%2Fexample.org%2F"));
        assertRefusal(form, "form post, port out of range", 400, "text/html");
        assertTrue(form.contains("<html lang=\"fr\""), form);
        // a form too large to read: still the Host's refusal page, not the size limit's problem document (before)
        String large = rawAnswer(post("/ug/en/report", "Host: " + ours + ":99999\r\n" + french.replace("Connection: close\r\n", "")
                + "Content-Type: application/x-www-form-urlencoded\r\n", "description=" + "x".repeat(70_000)));
        assertRefusal(large, "too large a form post, port out of range", 400, "text/html");
        assertTrue(large.contains("<html lang=\"fr\""), large);
        String nowhere = rawAnswer("GET /ug/en/ HTTP/1.1\r\nHost: evil.example\r\n" + french + "\r\n");
        assertRefusal(nowhere, "page, unknown host", 404, "text/html");
        assertTrue(nowhere.contains("<html lang=\"fr\"") && nowhere.contains("Page introuvable"), nowhere);
        assertEquals(404, statusWithHost(ours, TenantHosts.REFUSAL_PAGE), "the refusal page is no page of its own");
    }

    private static void assertRefusal(String answer, String what, int status, String type) {
        String head = answer.split("\r\n\r\n", 2)[0].toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.startsWith("http/1.1 " + status + " "), what + ": " + head);
        assertTrue(head.contains("\ncontent-type: " + type), what + ": " + head);
        if (type.equals(Problems.MEDIA_TYPE)) {
            assertTrue(head.contains("\ncontent-language: fr"), what + ": " + head);
        }
        for (String header : List.of("content-security-policy: ", "x-content-type-options: nosniff", "x-frame-options: deny",
                "referrer-policy: no-referrer")) {
            assertTrue(head.contains("\n" + header), what + ": no " + header);
        }
    }

    /**
     * Every hostile input class this test can send, each with its own marker, then the instance's log file: none of
     * the markers, the forwarded address or the agent is in it, and every line written meanwhile is one JSON object.
     * Statuses are not asserted here (other tests own them).
     */
    @Test
    void aHostileSessionLeavesNoMarkerInTheLogAndOnlyJsonLines() throws Exception {
        Path log = Path.of(System.getProperty("it.tmpdir"), "payara-it.log.0");
        assertTrue(Files.exists(log), "the instance logs to " + log + " (arquillian.xml --logtofile)");
        long from = Files.size(log);
        String run = Long.toHexString(System.nanoTime());
        List<String> markers = new ArrayList<>();
        java.util.function.IntFunction<String> marker = i -> {
            String m = "mk" + run + "x" + i;
            markers.add(m);
            return m;
        };
        String agent = marker.apply(0);
        String address = "203.0.113." + (1 + (int) (System.nanoTime() % 250));
        String ours = base.getHost();
        String common = "User-Agent: " + agent + "\r\nX-Forwarded-For: " + address + "\r\n";
        String json = "Content-Type: application/json\r\n";
        String reports = "/api/v1/portals/ug/reports";
        List<String> requests = new ArrayList<>(List.of(
                get("/ug/en/", common + "Host: " + ours + "\r\nHost: " + marker.apply(1) + ".example"),
                get("/ug/en/", common + "Host: " + marker.apply(2) + ".example:80:80"),
                get("/ug/en/", common + "Host: bad " + marker.apply(3)),
                get("/ug/en/", common + "Host: x\r" + marker.apply(4)),
                get("/ug/en/", common + "Host: " + ours + "\r\nAccept-Language: " + marker.apply(5) + ";;q=x,\u0001"),
                get("/ug/en/nothing-" + marker.apply(6) + "?q=" + marker.apply(7), common + "Host: " + ours),
                post(reports, common + "Host: " + ours + "\r\n" + json, "[".repeat(200_000)),
                post(reports, common + "Host: " + ours + "\r\n" + json, "{\"urls\":[\"http://" + marker.apply(8)
                        + ".example/\"],\"urls\":[\"http://" + marker.apply(9) + ".example/\"],\"whereFound\":\"website\"}"),
                post(reports, common + "Host: " + ours + "\r\n" + json, "{\"urls\":[\"http://x.example/\\u0000"
                        + marker.apply(10) + "\"],\"description\":\"\\ud800" + marker.apply(11) + "\",\"whereFound\":\"website\"}"),
                post(reports, common + "Host: " + ours + "\r\nContent-Type: text/" + marker.apply(12) + "\r\n", "{}"),
                post(reports, common + "Host: " + ours + "\r\n" + json + "Accept-Language: " + marker.apply(13) + "-\r\n",
                        "{\"urls\":[\"http://" + marker.apply(14) + ".example/<script>alert(1)</script>\"],\"whereFound\":\"website\","
                                + "\"description\":\"<img src=x onerror=" + marker.apply(15) + ">\"}"),
                post("/ug/en/report", common + "Host: " + ours + "\r\nOrigin: https://" + marker.apply(16)
                        + ".example\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                        "urls=http%3A%2F%2F" + marker.apply(17) + ".example%2F&description=" + marker.apply(18) + "&whereFound=website"),
                post("/api/v1/portals/ug/status", common + "Host: " + ours + "\r\n" + json,
                        "{\"reference\":\"" + marker.apply(19) + "\",\"receipt\":\"" + marker.apply(20) + "\"}")));
        for (String request : requests) {
            raw(request);
        }
        // the instance writes its log asynchronously: wait for the last request's lines to land
        Thread.sleep(2_000);
        String written;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.readFully(bytes);
            written = new String(bytes, StandardCharsets.UTF_8);
        }
        assertTrue(written.contains("jakarta.enterprise.web.core"),
                "the container's SEVERE for the Host with a bad port is among the lines read:\n" + written);
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        for (String m : markers) {
            assertFalse(lower.contains(m), "marker " + m + " reached the log:\n" + written);
        }
        assertFalse(written.contains(address), "the forwarded address reached the log");
        for (String line : written.split("\n")) {
            if (!line.isBlank()) {
                assertDoesNotThrow(() -> jakarta.json.Json.createReader(new java.io.StringReader(line)).readObject(),
                        "not one JSON object: " + line);
            }
        }
    }

    private static String get(String path, String headerLines) {
        return "GET " + path + " HTTP/1.1\r\n" + headerLines + "\r\nConnection: close\r\n\r\n";
    }

    private static String post(String path, String headerLines, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "POST " + path + " HTTP/1.1\r\n" + headerLines + "Content-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** Sends a request as written and reads the answer to its end; a refused or reset connection is an answer too. */
    private void raw(String request) {
        URL at = Deployments.reachable(base);
        try (java.net.Socket socket = new java.net.Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getInputStream().readAllBytes();
        } catch (java.io.IOException closed) {
            // the container may drop a malformed request without an answer
        }
    }

    @Test
    void noApplicationAnswersWithAWadl() {
        for (String path : List.of("application.wadl", "api/v1/application.wadl", "application.wadl?detail=true",
                "openapi/application.wadl", "openapi/application.wadl/xsd0.xsd")) {
            Api.Reply reply = api.get(path);
            assertFalse(reply.body().contains("wadl.dev.java.net"), path + " " + reply.status());
            assertFalse(reply.body().contains("Jersey"), path);
        }
    }

    @Test
    void metricsAnswerOnlyThePlatformTeamWhileHealthStaysOpenToProbes() {
        String admin = Api.bearer(TestTokens.withRoles("ops", List.of("platform-admin")));
        String analyst = Api.bearer(TestTokens.analyst("al"));
        String partner = Api.bearer(TestTokens.partner("pat", "ug"));
        for (String path : List.of("metrics", "metrics/", "metrics/base", "metrics?scope=vendor", "metrics;x=y", "metrics/application")) {
            Api.Reply anonymous = api.get(path);
            assertEquals(401, anonymous.status(), path);
            assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
            assertFalse(anonymous.body().contains("# TYPE"), path);
            assertEquals(403, api.get(path, "Authorization", partner).status(), path + " as a partner");
            assertEquals(403, api.get(path, "Authorization", analyst).status(), path + " as an analyst");
        }
        assertEquals(401, api.get("metrics", "Authorization", Api.bearer(TestTokens.signedByStranger("ops"))).status());
        Api.Reply staff = api.get("metrics?scope=base", "Authorization", admin);
        assertEquals(200, staff.status());
        assertTrue(staff.body().contains("memory_usedHeap_bytes"), "what ops/bench/load.sh reads");
        for (String probe : List.of("health/ready", "health/live", "health/started")) {
            assertEquals(200, statusWithHost("localhost", "/" + probe), probe + " as the kubelet and HAProxy ask");
        }
    }

    /**
     * Each kind of answer the web container gives by itself: Jersey's bodiless 405 and 404, a security constraint's
     * 403, the container's own 404 for {@code /WEB-INF} and {@code /META-INF}. Each carries our headers and no
     * page or header naming the server.
     */
    @Test
    void containerErrorPagesCarryOurSecurityHeadersAndNameNoServer() {
        String ours = base.getHost();
        String partner = "Authorization: " + Api.bearer(TestTokens.partner("pat", "ug")) + "\r\n";
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("405 from Jersey", "DELETE /ug/en/ HTTP/1.1\r\nHost: " + ours + "\r\n");
        kinds.put("405 on the API", "PATCH /api/v1/portals/ug/reports HTTP/1.1\r\nHost: " + ours + "\r\n");
        kinds.put("404 unknown path", "GET /no/such/thing.php HTTP/1.1\r\nHost: " + ours + "\r\n");
        kinds.put("404 WEB-INF", "GET /WEB-INF/web.xml HTTP/1.1\r\nHost: " + ours + "\r\n");
        kinds.put("404 META-INF", "GET /META-INF/MANIFEST.MF HTTP/1.1\r\nHost: " + ours + "\r\n");
        kinds.put("403 constraint", "GET /console HTTP/1.1\r\nHost: " + ours + "\r\n" + partner);
        kinds.put("the error page itself", "GET /-/error HTTP/1.1\r\nHost: " + ours + "\r\n");
        List<String> failures = new ArrayList<>();
        for (var kind : kinds.entrySet()) {
            String answer = rawAnswer(kind.getValue() + "Connection: close\r\n\r\n");
            String head = answer.contains("\r\n\r\n") ? answer.substring(0, answer.indexOf("\r\n\r\n")) : answer;
            String body = answer.substring(head.length());
            String headers = head.toLowerCase(java.util.Locale.ROOT);
            if (!head.startsWith("HTTP/1.1 4")) {
                failures.add(kind.getKey() + ": " + head.lines().findFirst().orElse("no answer"));
            }
            for (String expected : List.of("content-security-policy: default-src 'self'", "frame-ancestors 'none'",
                    "x-content-type-options: nosniff", "x-frame-options: deny", "referrer-policy: no-referrer")) {
                if (!headers.contains(expected)) {
                    failures.add(kind.getKey() + ": no " + expected);
                }
            }
            if (headers.contains("\nserver:") || headers.contains("x-powered-by") || headers.contains("sameorigin")) {
                failures.add(kind.getKey() + ": a container header");
            }
            for (String disclosure : List.of("Payara", "GlassFish", "Grizzly", "Jersey", "Error report")) {
                if (body.contains(disclosure)) {
                    failures.add(kind.getKey() + ": body names " + disclosure);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * What Grizzly answers before the web container exists for the request (a request line it cannot parse, an
     * unknown HTTP version, a URI that does not decode, TRACE, a header too large): no filter of ours can run, so
     * these are held to what the listener's settings give: no body and nothing that names the server.
     */
    @Test
    void answersBeforeTheContainerHaveNoBodyAndNameNoServer() {
        String ours = base.getHost();
        for (String request : List.of("GET / HTTP/1.1 x\r\nHost: " + ours + "\r\n\r\n",
                "GET /ug/en/ HTTP/9.9\r\nHost: " + ours + "\r\n\r\n",
                "GET /ug/en/%zz HTTP/1.1\r\nHost: " + ours + "\r\n\r\n",
                "TRACE /ug/en/ HTTP/1.1\r\nHost: " + ours + "\r\n\r\n",
                "GET /ug/en/ HTTP/1.1\r\nHost: " + ours + "\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")) {
            String answer = rawAnswer(request);
            String lower = answer.toLowerCase(java.util.Locale.ROOT);
            String line = answer.lines().findFirst().orElse("");
            assertFalse(lower.contains("\nserver:") || lower.contains("x-powered-by"), line);
            for (String disclosure : List.of("payara", "glassfish", "grizzly", "jersey")) {
                assertFalse(lower.contains(disclosure), line + " names " + disclosure);
            }
            assertTrue(answer.isEmpty() || answer.endsWith("\r\n\r\n"), "no body: " + line);
        }
    }

    /** The whole answer to a request written as is; empty when the container closes without one. */
    private String rawAnswer(String request) {
        URL at = Deployments.reachable(base);
        try (java.net.Socket socket = new java.net.Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException closed) {
            return "";
        }
    }

    @Test
    @Tag("postgres-only")
    void anUnexpectedFaultOnTheReportFormIsA500PageWithItsIncidentAndOneLogLineWithoutItsMessage() throws Exception {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres");
        Session session = new Session();
        Form form = session.open("ug/sw/report");
        String marker = "mk" + Long.toHexString(System.nanoTime());
        InstanceLog log = InstanceLog.fromNow();
        Api.Reply reply;
        try (BrokenSchema broken = BrokenSchema.withoutTable("reports")) {
            reply = session.post("ug/sw/report", form.with("url", "http://" + marker + ".example/")
                    .with("description", marker + " text").with("action", "send"));
        }
        PageFaults.assertAFaultPageWithItsIncident(reply, log, "sw", marker);
    }

    @Test
    @Tag("postgres-only")
    void anUnexpectedFaultOnTheStatusPageIsA500PageWithItsIncidentAndOneLogLineWithoutItsMessage() throws Exception {
        assertTrue(TestDatabase.onPostgres(), "selected only with -Ppostgres");
        Session session = new Session();
        Form form = session.open("ug/en/status");
        InstanceLog log = InstanceLog.fromNow();
        Api.Reply reply;
        try (BrokenSchema broken = BrokenSchema.withoutTable("reports")) {
            reply = session.post("ug/en/status", form.with("reference", "UG-2222-2222").with("receipt", "AAAA-BBBB-CCCC-DDDD-EEEE"));
        }
        PageFaults.assertAFaultPageWithItsIncident(reply, log, "en", "UG-2222-2222", "AAAA-BBBB");
    }

    @Test
    void aSuspendedPortalShowsItsHelplinesAndTakesNoReports() {
        Tenant congo = TENANTS.find("cd").orElseThrow();
        Api.Reply reply = api.get("cd/ln/");
        assertEquals(503, reply.status());
        for (String number : numbers(congo.emergencyNumbers())) {
            assertTrue(reply.body().contains(number), number);
        }
        assertEquals(404, api.post("api/v1/portals/cd/reports", "{\"urls\":[\"http://example.com/\"]}").status());
    }

    @Test
    void theFormKeepsWhatWasTypedTiesErrorsToFieldsAndCommitsBeforeRedirecting() {
        Session session = new Session();
        Form form = session.open("np/ne/report");

        // add another address field without JavaScript: a server round trip
        Api.Reply added = session.post("np/ne/report", form.with("url", "http://first.example/").with("action", "add"));
        assertEquals(200, added.status());
        assertEquals(2, count(added.body(), "name=\"url\""));
        assertTrue(added.body().contains("value=\"http://first.example/\""));

        Api.Reply invalid = session.post("np/ne/report", form.with("url", "javascript:alert(1)")
                .with("url", "<script>alert(1)</script>").with("whereFound", "moon").with("action", "send"));
        assertEquals(422, invalid.status());
        String html = invalid.body();
        assertTrue(html.contains("<html lang=\"ne\""));
        assertTrue(html.contains("class=\"error-summary\""));
        assertTrue(html.contains("href=\"#url-0\""), "the summary links to the field");
        assertTrue(html.contains("id=\"url-0-error\""));
        assertTrue(html.contains("aria-describedby=\"url-0-error urls-hint\""));
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), "kept, escaped");
        assertFalse(html.contains("<script>alert(1)</script>"));

        Api.Reply sent = session.post("np/ne/report", form.with("url", "http://example.com/np-form")
                .with("whereFound", "social-media").with("contentHints", "images").with("childInDanger", "yes")
                .with("feedback", "receipt").with("action", "send"));
        assertEquals(303, sent.status(), sent.body());
        String location = sent.header("Location").orElseThrow();
        assertTrue(location.endsWith("/np/ne/report/received"), location);
        assertFalse(location.toLowerCase().contains("receipt="), "the receipt never travels in a URL");

        Api.Reply received = session.get(URI.create(location).getPath().substring(1));
        assertEquals(200, received.status());
        assertEquals("no-store", received.header("Cache-Control").orElse(""));
        String reference = between(received.body(), "<dd id=\"reference\">", "<");
        String receipt = between(received.body(), "<dd id=\"receipt\">", "<");
        assertTrue(reference.startsWith("NP-"), reference);

        // committed: the public status API finds it with the receipt that was shown
        Api.Reply status = api.post("api/v1/portals/np/status", "{\"reference\":\"" + reference + "\",\"receipt\":\"" + receipt + "\"}");
        assertEquals(200, status.status(), status.body());

        // shown once: a reload goes to the status page
        Api.Reply reload = session.get("np/ne/report/received");
        assertEquals(303, reload.status());

        // the status page accepts what the confirmation showed
        Form statusForm = session.open("np/ne/status");
        Api.Reply checked = session.post("np/ne/status", statusForm.with("reference", reference).with("receipt", receipt));
        assertEquals(200, checked.status());
        assertTrue(checked.body().contains("id=\"status-word\""));
        Api.Reply wrong = session.post("np/ne/status", statusForm.with("reference", reference).with("receipt", "AAAA-BBBB-CCCC-DDDD-EEEE"));
        assertEquals(404, wrong.status());
        assertTrue(wrong.body().contains("id=\"status-not-found\""));
    }

    @Test
    void aDoubleClickedFormCreatesOneReport() {
        Session session = new Session();
        Form form = session.open("ug/en/report").with("url", "http://example.com/double").with("action", "send");
        Api.Reply first = session.post("ug/en/report", form);
        assertEquals(303, first.status());
        String a = between(session.get("ug/en/report/received").body(), "<dd id=\"reference\">", "<");
        Api.Reply second = session.post("ug/en/report", form);
        assertEquals(303, second.status());
        String b = between(session.get("ug/en/report/received").body(), "<dd id=\"reference\">", "<");
        assertTrue(a.startsWith("UG-"));
        assertEquals(a, b, "the same form posted twice is one report");
    }

    @Test
    void formsWithoutTheCsrfTokenAre403() {
        Session session = new Session();
        session.open("ug/en/report");
        Api.Reply forged = session.post("ug/en/report", new Form(Map.of()).with("url", "http://example.com/").with("action", "send"));
        assertEquals(403, forged.status());
        assertTrue(forged.body().contains("<html lang=\"en\""));
        Api.Reply noSession = api.send(api.request("ug/en/status", "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reference=UG-2222-2222&receipt=x")).build());
        assertEquals(403, noSession.status());
    }

    @Test
    void crossSiteFormPostsAre403InThePagesLanguage() {
        String ours = Deployments.reachable(base).getHost() + ":" + Deployments.reachable(base).getPort();
        Session session = new Session();
        Form report = session.open("ug/en/report").with("url", "http://example.com/cross-site").with("action", "send");
        for (String[] headers : List.of(new String[]{"Origin", "https://evil.example"},
                new String[]{"Origin", "http://" + ours + ".evil.example"},
                new String[]{"Sec-Fetch-Site", "cross-site"},
                new String[]{"Sec-Fetch-Site", "same-site"},
                new String[]{"Origin", "null", "Sec-Fetch-Site", "cross-site"},
                new String[]{"Origin", "https://evil.example", "Sec-Fetch-Site", "same-origin"},
                new String[]{"Origin", "http://" + ours, "Sec-Fetch-Site", "cross-site"})) {
            Api.Reply refused = session.post("ug/en/report", report, headers);
            assertEquals(403, refused.status(), String.join(" ", headers));
            assertTrue(refused.body().contains("<html lang=\"en\""), "in the page's language");
            assertTrue(refused.body().contains("This form was sent from another website"), refused.body());
        }
        Form status = session.open("ug/sw/status").with("reference", "UG-2222-2222").with("receipt", "x");
        Api.Reply refusedStatus = session.post("ug/sw/status", status, "Origin", "https://evil.example");
        assertEquals(403, refusedStatus.status());
        assertTrue(refusedStatus.body().contains("<html lang=\"sw\""));

        // our own pages: Chromium sends Origin: null (Referrer-Policy no-referrer) with Sec-Fetch-Site: same-origin;
        // a browser without Fetch Metadata sends Origin: null alone; tools send neither
        for (String[] headers : List.of(new String[]{"Origin", "null", "Sec-Fetch-Site", "same-origin"},
                new String[]{"Origin", "null"}, new String[]{"Origin", "http://" + ours},
                new String[]{"Sec-Fetch-Site", "same-origin"}, new String[]{})) {
            Form fresh = session.open("ug/en/report").with("url", "http://example.com/same-origin").with("action", "send");
            assertEquals(303, session.post("ug/en/report", fresh, headers).status(), String.join(" ", headers));
        }
        assertEquals(404, session.post("ug/sw/status", status, "Origin", "null", "Sec-Fetch-Site", "same-origin").status());
    }

    @Test
    void aMalformedAcceptLanguageNeverFailsAPage() {
        for (String header : List.of("en_US", "en;q=2", "en;q=abc", "!!!,,;;", "sw;q=0.5," + "x".repeat(3_000), "fr;q=")) {
            assertEquals(303, api.get("ug/", "Accept-Language", header).status(), header);
            for (String page : List.of("ug/en/", "ug/en/report", "ug/en/status")) {
                assertEquals(200, api.get(page, "Accept-Language", header).status(), page + " " + header);
            }
            assertEquals(404, api.get("ug/en/nothing-here", "Accept-Language", header).status(), header);
        }
    }

    @Test
    void controlCharactersInTheFormAre422AtTheirFieldNeverDropped() {
        Session session = new Session();
        Form form = session.open("ug/en/report");
        Api.Reply description = session.post("ug/en/report", form.with("url", "http://example.com/nul")
                .with("description", "seen\u0000here").with("action", "send"));
        assertEquals(422, description.status());
        assertTrue(description.body().contains("href=\"#description\""), "the summary links to the description");
        Api.Reply url = session.post("ug/en/report", form.with("url", "http://example.com/nul\u0000")
                .with("action", "send"));
        assertEquals(422, url.status());
        assertTrue(url.body().contains("id=\"url-0-error\""));
    }

    @Test
    void formBodiesOver64KbAre413() {
        Session session = new Session();
        Form form = session.open("ug/en/report").with("description", "x".repeat(70_000)).with("action", "send");
        Api.Reply tooLarge = session.post("ug/en/report", form);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.header("Content-Type").orElse("").startsWith("text/html"), "a page, not a problem document");
        assertTrue(tooLarge.body().contains("<html lang=\"en\""));
        assertTrue(tooLarge.body().contains("This form is too long"), tooLarge.body());
    }

    @Test
    void formBodiesThatCannotBeReadWhollyAreRefusedWithAPageInItsLanguageNeverAltered() {
        Session session = new Session();
        String valid = session.open("ug/en/report").with("url", "http://example.com/unreadable").with("action", "send").encoded();
        // bad escapes (a fault before), bytes that are not UTF-8 (stored as U+FFFD before), a single field twice
        for (String tail : List.of("&description=%zz", "&description=%0%5B", "&description=%", "&description=%C0%80",
                "&description=%ED%A0%80", "&description=%F4%90%80%80", "&description=%E2%82",
                "&description=a&description=b", "&email=a%40example.org&email=b%40example.org&feedback=email")) {
            Api.Reply refused = session.postBody("ug/en/report", "application/x-www-form-urlencoded", valid + tail);
            assertEquals(400, refused.status(), tail);
            assertTrue(refused.body().contains("<html lang=\"en\""), tail);
            assertTrue(refused.body().contains("This form could not be read"), tail);
        }
        // no type (a fault before), another type, another charset (read as UTF-8 before), a wildcard
        for (String type : java.util.Arrays.asList(null, "multipart/form-data; boundary=x", "application/json",
                "application/x-www-form-urlencoded; charset=ISO-8859-1", "application/x-www-form-urlencoded; charset=windows-1252",
                "*/*", "", ";;;", "application/x-www-form-urlencoded; charset")) {
            // the last three Jersey cannot parse at all: the container's plain 400 before
            Api.Reply refused = session.postBody("ug/en/report", type, valid);
            assertEquals(415, refused.status(), String.valueOf(type));
            assertTrue(refused.body().contains("This form could not be read"), String.valueOf(type));
        }
        String status = session.open("ug/sw/status").with("reference", "UG-2222-2222").with("receipt", "x").encoded();
        Api.Reply untyped = session.postBody("ug/sw/status", null, status);
        assertEquals(415, untyped.status());
        assertTrue(untyped.body().contains("<html lang=\"sw\""), "in the page's language");
        assertEquals(400, session.postBody("ug/sw/status", "application/x-www-form-urlencoded", status + "&receipt=y").status());
        assertEquals(400, session.postBody("ug/sw/status", "application/x-www-form-urlencoded", status + "&reference=%zz").status());

        assertEquals(404, session.postBody("ug/sw/status", "application/x-www-form-urlencoded; charset=UTF-8", status).status(),
                "the same form read whole still reaches the page");
        assertEquals(303, session.postBody("ug/en/report", "application/x-www-form-urlencoded", valid
                + "&url=http%3A%2F%2Fexample.com%2Fsecond&description=%E2%82%AC+ok").status());
    }

    @Test
    void theFormsTokenCookieIsHostOnlySecureHttpOnlyStrict() {
        Api.Reply form = api.get("ug/en/report");
        List<String> cookies = form.raw().headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), cookies.toString());
        String cookie = cookies.get(0);
        assertTrue(cookie.startsWith("__Host-csrf="), cookie);
        assertTrue(cookie.contains("Path=/;") && cookie.contains("Secure") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void everyPageRendersInThePseudoLocaleWithNoTextOutsideTheCatalogs() {
        Tenant uganda = TENANTS.find("ug").orElseThrow();
        Set<String> tenantData = tenantStrings(uganda);
        List<String> leaks = new ArrayList<>();
        for (String page : PAGES) {
            Api.Reply reply = api.get("ug/en-XA/" + page);
            assertEquals(200, reply.status(), page);
            String text = visibleText(reply.body());
            for (String data : tenantData) {
                text = text.replace(data, " ");
            }
            String outside = text.replaceAll("⟦[^⟧]*⟧", " ");
            Matcher letters = Pattern.compile("[A-Za-z]{2,}").matcher(outside);
            while (letters.find()) {
                leaks.add(page + ": " + letters.group());
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void pagesWeighLessThan30KbWithTheirStylesheets() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String path : List.of("ug/en/", "ug/en/report", "ma/ar/status", "np/ne/privacy")) {
            Api.Reply page = api.get(path);
            int total = page.body().getBytes(StandardCharsets.UTF_8).length;
            Matcher css = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(page.body());
            while (css.find()) {
                Api.Reply sheet = api.get(css.group(1).substring(1));
                assertEquals(200, sheet.status());
                assertTrue(sheet.header("Cache-Control").orElse("").contains("immutable"));
                total += sheet.body().getBytes(StandardCharsets.UTF_8).length;
            }
            weights.put(path, total);
        }
        System.out.println("page weights (HTML + CSS, bytes): " + weights);
        weights.forEach((path, bytes) -> assertTrue(bytes < 30 * 1024, path + " weighs " + bytes));
    }

    // --- helpers

    /** A request with a Host header of our choosing (HTTP clients insist on their own). */
    private int statusWithHost(String host, String path) {
        return statusWithHeaders("Host: " + host, path);
    }

    /** A request with exactly these header lines (CRLF between them) besides {@code Connection: close}. */
    private int statusWithHeaders(String headerLines, String path) {
        URL at = Deployments.reachable(base);
        try (java.net.Socket socket = new java.net.Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n" + headerLines + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> foreignReferences(String path, String html, Tenant tenant) {
        List<String> problems = new ArrayList<>();
        Matcher resources = RESOURCE.matcher(html);
        while (resources.find()) {
            if (!resources.group(1).startsWith("/") || resources.group(1).startsWith("//")) {
                problems.add(path + ": resource from elsewhere " + resources.group(1));
            }
        }
        Matcher absolute = ABSOLUTE.matcher(html);
        while (absolute.find()) {
            String url = absolute.group();
            boolean allowed = url.equals("https://www.bbc.com/weather") || url.equals(tenant.partner().url())
                    || url.equals("http://www.thymeleaf.org");
            if (!allowed) {
                problems.add(path + ": absolute URL " + url);
            }
        }
        return problems;
    }

    private static Set<String> tenantStrings(Tenant tenant) {
        java.util.TreeSet<String> strings = new java.util.TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        strings.addAll(tenant.names().byTag().values());
        strings.addAll(tenant.partner().name().byTag().values());
        for (Helpline h : concat(tenant.helplines(), tenant.emergencyNumbers())) {
            strings.addAll(h.name().byTag().values());
            h.hours().ifPresent(hours -> strings.addAll(hours.byTag().values()));
        }
        strings.addAll(List.of("English", "Kiswahili"));
        Set<String> escaped = new java.util.TreeSet<>(strings.comparator());
        strings.forEach(text -> escaped.add(escape(text)));
        return escaped;
    }

    private static List<Helpline> concat(List<Helpline> a, List<Helpline> b) {
        List<Helpline> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> numbers(List<Helpline> lines) {
        return lines.stream().map(Helpline::number).toList();
    }

    private static String visibleText(String html) {
        String withoutHead = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<!--.*?-->", " ");
        String title = between(html, "<title>", "</title>");
        return title + " " + withoutHead.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "missing " + start);
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    /** Form fields of a page, ready to post back. */
    private record Form(Map<String, List<String>> fields) {
        Form with(String name, String value) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            fields.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
            copy.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return new Form(copy);
        }

        String encoded() {
            return fields.entrySet().stream().flatMap(e -> e.getValue().stream()
                            .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                    .collect(Collectors.joining("&"));
        }
    }

    /** A browser-like session: keeps the portal's cookies (the JDK client will not send a Secure cookie over http). */
    private final class Session {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Form open(String path) {
            Api.Reply page = get(path);
            assertEquals(200, page.status(), path);
            Map<String, List<String>> hidden = new LinkedHashMap<>();
            Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page.body());
            while (m.find()) {
                hidden.put(m.group(1), new ArrayList<>(List.of(m.group(2))));
            }
            assertTrue(hidden.containsKey("_csrf"), "the form carries a CSRF token");
            return new Form(hidden);
        }

        Api.Reply get(String path) {
            return remember(api.send(api.request(path, "Cookie", cookie()).GET().build()));
        }

        Api.Reply post(String path, Form form, String... headers) {
            HttpRequest.Builder request = api.request(path, "Content-Type", "application/x-www-form-urlencoded",
                    "Cookie", cookie());
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return remember(api.send(request.POST(HttpRequest.BodyPublishers.ofString(form.encoded())).build()));
        }

        /** A body as written, with the given Content-Type or none at all. */
        Api.Reply postBody(String path, String contentType, String body) {
            HttpRequest.Builder request = contentType == null ? api.request(path, "Cookie", cookie())
                    : api.request(path, "Content-Type", contentType, "Cookie", cookie());
            return remember(api.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build()));
        }

        /** Every cookie for every path: the pages must not depend on a browser's path matching to stay safe. */
        private String cookie() {
            return cookies.isEmpty() ? "x=y" : cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }

        private Api.Reply remember(Api.Reply reply) {
            for (String set : reply.raw().headers().allValues("Set-Cookie")) {
                String pair = set.substring(0, set.indexOf(';'));
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || set.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            assertFalse(cookies.containsKey("__Host-portal"), "a citizen's page opened a session");
            return reply;
        }
    }
}
