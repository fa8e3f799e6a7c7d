package org.reportingportals.core.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every page family must answer to a genuine server fault, and what the instance may log about it. */
public final class PageFaults {

    private PageFaults() {
    }

    /**
     * A 500 page in {@code lang} that shows the incident id of its {@code X-Incident-Id} header; one SEVERE JSON log
     * line with that id and the exception's type; and nothing in the log of the database's message (which names
     * the relation and, for a constraint, the row's values), of the SQL, or of what the visitor sent.
     */
    public static void assertAFaultPageWithItsIncident(Api.Reply reply, InstanceLog log, String lang, String... sent)
            throws IOException, InterruptedException {
        assertEquals(500, reply.status(), reply.body());
        String incident = reply.header("X-Incident-Id").orElseThrow(() -> new AssertionError("no X-Incident-Id"));
        String html = reply.body();
        assertTrue(html.contains("<html lang=\"" + lang + "\""), "a page in the visitor's language:\n" + html);
        assertTrue(html.contains(incident), "the page shows its incident id " + incident + ":\n" + html);
        assertFalse(html.contains("does not exist") || html.contains("Exception"), "the page tells nothing of the fault");
        JsonObject line = log.line(incident).orElseThrow(() -> new AssertionError("no log line names incident " + incident));
        assertEquals("SEVERE", line.getString("level"));
        assertTrue(line.getString("message").matches("(?s)incident " + incident + ": [a-z]+(\\.[a-zA-Z0-9_$]+)+Exception.*"),
                "incident id, then the exception's type: " + line);
        String written = log.written();
        for (String leak : new String[] {"does not exist", "42P01", "SELECT ", "INSERT ", "renamed_away"}) {
            assertFalse(written.contains(leak), "the log carries the fault's message (" + leak + "):\n" + written);
        }
        for (String text : sent) {
            assertFalse(written.contains(text), "the log carries what was sent (" + text + ")");
        }
        written.lines().filter(l -> !l.isBlank()).forEach(l -> assertDoesNotThrow(
                () -> Json.createReader(new StringReader(l)).readObject(), "not one JSON object: " + l));
    }
}
