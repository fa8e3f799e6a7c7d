package org.reportingportals.core.portal.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.StaffSession;
import org.reportingportals.core.testing.TestTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages served from memory (CachedPages) and the session-free forms: what a kept page promises, on a
 * real Payara Micro and database.
 */
@ExtendWith(ArquillianExtension.class)
class CachedPagesIT {

    private static final List<String> PAGES = List.of("", "about", "privacy", "status", "report");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern IDEMPOTENCY = Pattern.compile("name=\"idempotency\" value=\"([^\"]+)\"");
    private static final String UG = Api.bearer(TestTokens.partner("partner-ug", "ug"));
    /** Differ in every response by design, or are the transport's: compared apart. */
    private static final List<String> OWN_PER_RESPONSE = List.of("date", "content-length", "transfer-encoding",
            "set-cookie", "x-csrf-token");

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
    void aKeptPageIsTheRenderedPageByteForByteAndHeaderForHeader() {
        for (String page : PAGES) {
            String path = "ug/en/" + page;
            // a query keeps a request away from the kept pages: this one is rendered by JAX-RS, MVC and Thymeleaf
            Api.Reply rendered = api.get(path + "?fresh");
            api.get(path);
            double servedBefore = servedFromMemory();
            Api.Reply kept = api.get(path);
            assertEquals(servedBefore + 1, servedFromMemory(), path + " is served from memory the second time");
            assertEquals(200, rendered.status(), path);
            assertEquals(rendered.status(), kept.status(), path);
            assertEquals(headers(rendered), headers(kept), path);
            assertEquals(masked(rendered.body()), masked(kept.body()), path);
            assertEquals(rendered.header("X-CSRF-TOKEN").isPresent(), kept.header("X-CSRF-TOKEN").isPresent(), path);
        }
    }

    /** The platform's own count of pages served from memory (MicroProfile Metrics, Prometheus format; platform team only). */
    private double servedFromMemory() {
        Api.Reply metrics = api.get("metrics?scope=application", "Accept", "text/plain", "Authorization",
                Api.bearer(TestTokens.withRoles("ops", java.util.List.of("platform-admin"))));
        assertEquals(200, metrics.status(), metrics.body());
        var value = java.util.regex.Pattern.compile("(?m)^portal_pages_served_from_memory_total(\\{[^}]*\\})?\\s+([0-9.eE+]+)")
                .matcher(metrics.body());
        return value.find() ? Double.parseDouble(value.group(2)) : 0;
    }

    @Test
    void twoVisitorsOfTheKeptFormGetTheirOwnTokenAndIdempotencyKey() {
        api.get("ug/en/report");
        Api.Reply first = api.get("ug/en/report");
        Api.Reply second = api.get("ug/en/report");
        String firstToken = group(CSRF, first.body());
        String secondToken = group(CSRF, second.body());
        assertNotEquals(firstToken, secondToken);
        assertEquals(firstToken, cookie(first, "__Host-csrf").orElseThrow(), "the field holds the cookie's value");
        assertEquals(firstToken, first.header("X-CSRF-TOKEN").orElseThrow());
        assertNotEquals(group(IDEMPOTENCY, first.body()), group(IDEMPOTENCY, second.body()),
                "a shared key would make two citizens' reports one");
    }

    @Test
    void aVisitorWithALiveTokenKeepsItAcrossKeptPages() {
        Api.Reply first = api.get("ug/en/report");
        String token = cookie(first, "__Host-csrf").orElseThrow();
        Api.Reply again = api.get("ug/en/status", "Cookie", "__Host-csrf=" + token);
        assertEquals(token, group(CSRF, again.body()));
        assertTrue(again.raw().headers().allValues("Set-Cookie").isEmpty(), "no new cookie while the old one lives");
    }

    @Test
    void noCitizensPageOpensASession() {
        for (String page : PAGES) {
            Api.Reply reply = api.get("ug/en/" + page);
            assertFalse(reply.raw().headers().allValues("Set-Cookie").stream()
                    .anyMatch(c -> c.startsWith("__Host-portal=") || c.startsWith("JSESSIONID")), page);
        }
        Api.Reply form = api.get("ug/en/report");
        String token = group(CSRF, form.body());
        Api.Reply sent = post("ug/en/report", "__Host-csrf=" + token, "_csrf=" + token
                + "&url=http%3A%2F%2Fexample.com%2Fno-session&feedback=receipt&action=send&idempotency="
                + group(IDEMPOTENCY, form.body()));
        assertEquals(303, sent.status(), sent.body());
        List<String> cookies = sent.raw().headers().allValues("Set-Cookie");
        assertFalse(cookies.stream().anyMatch(c -> c.startsWith("__Host-portal=") || c.startsWith("JSESSIONID")), cookies.toString());
        String receipt = cookies.stream().filter(c -> c.startsWith("__Secure-receipt=")).findFirst().orElseThrow();
        assertTrue(receipt.contains("Path=/ug/en/report/received;") && receipt.contains("HttpOnly")
                && receipt.contains("SameSite=Strict"), receipt);

        Api.Reply shown = api.get("ug/en/report/received", "Cookie", receipt.substring(0, receipt.indexOf(';')));
        assertEquals(200, shown.status());
        assertTrue(shown.body().contains("<dd id=\"receipt\">"));
        assertTrue(shown.raw().headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("__Secure-receipt=;") && c.contains("Max-Age=0")), "cleared once shown");
        Api.Reply elsewhere = api.get("np/en/report/received", "Cookie", receipt.substring(0, receipt.indexOf(';')));
        assertEquals(303, elsewhere.status(), "sealed for ug's confirmation page only");
    }

    @Test
    void formsWithAMissingTamperedExpiredOrAnotherBrowsersTokenAreRefusedWithTheExpiredPage() {
        String mine = group(CSRF, api.get("ug/en/report").body());
        String theirs = group(CSRF, api.get("ug/en/report").body());
        String[] parts = mine.split("\\.");
        String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
        String expired = parts[0] + "." + (System.currentTimeMillis() / 1000 - 60) + "." + parts[2];
        String body = "&url=http%3A%2F%2Fexample.com%2F&feedback=none&action=send";
        Map<String, Api.Reply> refused = new TreeMap<>();
        refused.put("no token", post("ug/en/report", "", body.substring(1)));
        refused.put("no cookie", post("ug/en/report", "", "_csrf=" + mine + body));
        refused.put("no field", post("ug/en/report", "__Host-csrf=" + mine, body.substring(1)));
        refused.put("another browser's", post("ug/en/report", "__Host-csrf=" + mine, "_csrf=" + theirs + body));
        refused.put("extended", post("ug/en/report", "__Host-csrf=" + extended, "_csrf=" + extended + body));
        refused.put("expired", post("ug/en/report", "__Host-csrf=" + expired, "_csrf=" + expired + body));
        refused.put("status, another browser's", post("ug/en/status", "__Host-csrf=" + mine,
                "_csrf=" + theirs + "&reference=UG-2222-2222&receipt=x"));
        refused.forEach((what, reply) -> {
            assertEquals(403, reply.status(), what);
            assertTrue(reply.body().contains("<html lang=\"en\""), what + ": the page's language");
            assertTrue(reply.body().contains("This form has expired"), what + ": the localised expired page");
        });
        Api.Reply accepted = post("ug/en/status", "__Host-csrf=" + mine, "_csrf=" + mine + "&reference=UG-2222-2222&receipt=x");
        assertEquals(404, accepted.status(), "a valid token reaches the status check (unknown reference)");
    }

    @Test
    void aPublicationChangesTheKeptPageAtOnceAndAPreviewIsNeverKeptNorServedFromIt() {
        StaffSession partner = new StaffSession(api, UG);
        partner.post("admin/ug/configuration/draft/discard", partner.form("admin/ug/configuration"));
        String live = textarea(partner.get("admin/ug/configuration").body());
        String before = api.get("ug/en/about").body();
        api.get("ug/en/about");
        String marker = "Kept-page check " + UUID.randomUUID().toString().substring(0, 8);
        String draft = live.replaceFirst("portal.layout.footer.anonymous: .*", "portal.layout.footer.anonymous: " + marker);
        assertTrue(draft.contains(marker), "the test tenant's file has the footer text to change");

        Map<String, List<String>> form = partner.form("admin/ug/configuration");
        form.put("yaml", List.of(draft));
        form.put("action", List.of("preview"));
        Api.Reply previewed = partner.post("admin/ug/configuration/draft", form);
        assertEquals(303, previewed.status(), previewed.body());
        String cookie = previewed.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-preview=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Api.Reply preview = api.get("ug/en/about", "Cookie", cookie);
        assertTrue(preview.body().contains(marker), "the preview is rendered, not taken from the kept page");
        assertEquals("noindex, nofollow", preview.header("X-Robots-Tag").orElse(""));
        assertFalse(api.get("ug/en/about").body().contains(marker), "and not kept for everyone else");
        assertEquals(masked(before), masked(api.get("ug/en/about").body()));

        try {
            Api.Reply published = partner.post("admin/ug/configuration/publish", partner.form("admin/ug/configuration"));
            assertEquals(303, published.status(), published.body());
            assertTrue(api.get("ug/en/about").body().contains(marker), "published: the next request has it");
            assertTrue(api.get("ug/en/about").body().contains(marker), "and keeps it");
        } finally {
            Api.Reply rolledBack = partner.post("admin/ug/configuration/versions/0/rollback", partner.form("admin/ug/configuration"));
            assertEquals(303, rolledBack.status(), rolledBack.body());
        }
        assertFalse(api.get("ug/en/about").body().contains(marker), "rolled back: the kept page follows");
    }

    @Test
    void themeFilesAreServedGzippedToClientsThatAcceptItAndDecompressToThePlainBytes() throws IOException {
        String html = api.get("ug/en/").body();
        Matcher css = Pattern.compile("href=\"/(assets/portal\\.[a-z0-9]+\\.css)\"").matcher(html);
        assertTrue(css.find(), "the page links the base stylesheet");
        HttpResponse<byte[]> plain = bytes(css.group(1), "identity");
        HttpResponse<byte[]> gzip = bytes(css.group(1), "gzip, deflate, br");
        assertEquals(200, plain.statusCode());
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzip.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertEquals("Accept-Encoding", gzip.headers().firstValue("Vary").orElse(""));
        assertTrue(gzip.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        String etag = gzip.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = bytes(css.group(1), "gzip", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
    }

    private HttpResponse<byte[]> bytes(String path, String acceptEncoding, String... headers) {
        List<String> all = new ArrayList<>(List.of("Accept-Encoding", acceptEncoding));
        all.addAll(List.of(headers));
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.request(path, all.toArray(String[]::new)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Api.Reply post(String path, String cookie, String body) {
        return api.send(api.request(path, "Content-Type", "application/x-www-form-urlencoded",
                "Cookie", cookie.isEmpty() ? "x=y" : cookie).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Every header but the transport's and those made for each response, in a comparable order. */
    private static Map<String, List<String>> headers(Api.Reply reply) {
        Map<String, List<String>> headers = new TreeMap<>();
        reply.raw().headers().map().forEach((name, values) -> {
            if (!OWN_PER_RESPONSE.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values);
            }
        });
        return headers;
    }

    private static String masked(String html) {
        return IDEMPOTENCY.matcher(CSRF.matcher(html).replaceAll("name=\"_csrf\" value=\"*\"")).replaceAll("name=\"idempotency\" value=\"*\"");
    }

    private static Optional<String> cookie(Api.Reply reply, String name) {
        return reply.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst();
    }

    private static String group(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), pattern + " in the page");
        return m.group(1);
    }

    private static String textarea(String html) {
        Matcher m = Pattern.compile("<textarea id=\"yaml\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the configuration editor");
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceFirst("^\n", "");
    }
}
