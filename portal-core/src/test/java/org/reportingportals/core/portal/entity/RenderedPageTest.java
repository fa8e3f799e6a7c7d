package org.reportingportals.core.portal.entity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderedPageTest {

    private static final Map<StandIn, String> VALUES = Map.of(StandIn.CSRF_TOKEN, "tok", StandIn.IDEMPOTENCY_KEY, "key");

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageWithoutStandInsIsServedAsRendered() {
        byte[] body = bytes("<p>नमस्ते</p>");
        RenderedPage page = RenderedPage.of(new Object(), 200, List.of(), body);
        assertArrayEquals(body, page.body(VALUES::get));
    }

    @Test
    void everyStandInGetsThisResponsesValueWhereverItIs() {
        String csrf = StandIn.CSRF_TOKEN.text();
        String key = StandIn.IDEMPOTENCY_KEY.text();
        RenderedPage page = RenderedPage.of(new Object(), 200, List.of(),
                bytes(csrf + "<input value=\"" + key + "\"><input value=\"" + csrf + "\">ü" + csrf));
        assertEquals("tok<input value=\"key\"><input value=\"tok\">ütok",
                new String(page.body(VALUES::get), StandardCharsets.UTF_8));
    }

    @Test
    void oneResponseGetsOneValuePerStandIn() {
        String csrf = StandIn.CSRF_TOKEN.text();
        int[] asked = {0};
        RenderedPage page = RenderedPage.of(new Object(), 200, List.of(), bytes(csrf + "|" + csrf));
        String body = new String(page.body(s -> "v" + ++asked[0]), StandardCharsets.UTF_8);
        assertEquals("v1|v1", body);
    }

    @Test
    void headersGetTheSameValues() {
        RenderedPage.Header header = new RenderedPage.Header("X-CSRF-TOKEN", StandIn.CSRF_TOKEN.text());
        RenderedPage page = RenderedPage.of(new Object(), 200, List.of(header), bytes("x"));
        assertEquals("tok", RenderedPage.fill(page.headers().get(0).value(), VALUES::get));
    }

    @Test
    void standInsAreDistinctAndSurviveHtmlEscaping() {
        assertFalse(StandIn.CSRF_TOKEN.text().equals(StandIn.IDEMPOTENCY_KEY.text()));
        for (StandIn standIn : StandIn.values()) {
            assertTrue(standIn.text().matches("[a-z0-9]{30,}"), standIn.text());
        }
    }
}
