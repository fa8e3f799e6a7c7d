package org.reportingportals.core.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLogLinesTest {

    private final JsonLogLines lines = new JsonLogLines();

    @Test
    void aFaultIsOneJsonLineWithTypesAndFramesButNoExceptionMessage() {
        // what Grizzly logs for a malformed Host: the header's text, CR/LF included, in the exception's message
        LogRecord record = new LogRecord(Level.SEVERE, "An exception or error occurred in the container");
        record.setLoggerName("jakarta.enterprise.web.core");
        record.setThrown(new IllegalStateException("Host header x\r\n[SEVERE] forged MARKER-HOST-71 contained",
                new IllegalArgumentException("constraint violated by row (MARKER-ROW-72)")));

        String line = lines.format(record);

        assertFalse(line.contains("MARKER"), line);
        assertTrue(line.endsWith("\n"));
        assertEquals(1, line.split("\n", -1).length - 1, "exactly one line: " + line);
        JsonObject json = Json.createReader(new StringReader(line)).readObject();
        assertEquals("SEVERE", json.getString("level"));
        assertEquals("java.lang.IllegalStateException", json.getJsonArray("exception").getJsonObject(0).getString("type"));
        assertEquals("java.lang.IllegalArgumentException", json.getJsonArray("exception").getJsonObject(1).getString("type"));
        assertFalse(json.getJsonArray("exception").getJsonObject(0).getJsonArray("frames").isEmpty());
    }

    @Test
    void controlCharactersInAMessageAreEscapedNotNewLines() {
        LogRecord record = new LogRecord(Level.WARNING, "tenant {0}\r\n[SEVERE] forged\u0000\u001b[31m");
        record.setParameters(new Object[] {"ug\nx"});

        String line = lines.format(record);

        assertEquals(line.length() - 1, line.indexOf('\n'), "the only line break ends the record: " + line);
        assertFalse(line.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control character: " + line);
        assertEquals("tenant ug\nx\r\n[SEVERE] forged\u0000\u001b[31m",
                Json.createReader(new StringReader(line)).readObject().getString("message"));
    }
}
