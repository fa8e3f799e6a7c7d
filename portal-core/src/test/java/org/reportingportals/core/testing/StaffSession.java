package org.reportingportals.core.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A staff member's pages (console or admin): a bearer token plus the signed CSRF cookie the forms are checked against. */
public final class StaffSession {

    private final Api api;
    private final String bearer;
    private String cookie = "";

    public StaffSession(Api api, String bearer) {
        this.api = api;
        this.bearer = bearer;
    }

    public Api.Reply get(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", bearer, "Cookie", cookie.isEmpty() ? "x=y" : cookie));
        all.addAll(List.of(headers));
        return remember(api.send(api.request(path, all.toArray(String[]::new)).GET().build()));
    }

    public Api.Reply post(String path, Map<String, List<String>> form) {
        String body = form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return remember(api.send(api.request(path, "Authorization", bearer, "Content-Type",
                "application/x-www-form-urlencoded", "Cookie", cookie.isEmpty() ? "x=y" : cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    public Api.Reply postRaw(String path, String contentType, byte[] body) {
        return remember(api.send(api.request(path, "Authorization", bearer, "Content-Type", contentType,
                "Cookie", cookie.isEmpty() ? "x=y" : cookie).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()));
    }

    /** The CSRF field of a page's forms, ready to fill. */
    public Map<String, List<String>> form(String page) {
        Api.Reply reply = get(page);
        assertEquals(200, reply.status(), page + ": " + reply.body());
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(reply.body());
        assertTrue(m.find(), "the page's forms carry a CSRF token");
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("_csrf", new ArrayList<>(List.of(m.group(1))));
        return form;
    }

    private Api.Reply remember(Api.Reply reply) {
        reply.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("__Host-csrf="))
                .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        return reply;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
