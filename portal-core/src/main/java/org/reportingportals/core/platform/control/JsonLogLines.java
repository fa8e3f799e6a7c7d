package org.reportingportals.core.platform.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object a line: time, level, logger, thread, message and, for a fault, the exception types and stack
 * frames but never an exception's message. Container faults carry request values in their messages (a bad
 * {@code Host} header word for word, a constraint violation's row values), so no message of a {@link Throwable}
 * is ever written; JSON string escaping turns CR, LF and every other control character into escapes, so no
 * logged text can start a line of its own.
 */
public class JsonLogLines extends Formatter {

    private static final int MAX_CAUSES = 8;
    private static final int MAX_FRAMES = 12;

    /**
     * Payara Micro's own announcements (its URLs and endpoints, "ready in"): tools read them as Payara writes
     * them (the Arquillian adapter finds the deployed application in that text), and they carry no request value.
     */
    static final String PAYARA_MICRO = "PayaraMicro";

    private final Formatter announcements;

    /** Every record as JSON. */
    public JsonLogLines() {
        this(null);
    }

    /** Every record as JSON except Payara Micro's own fault-free announcements, which {@code announcements} writes. */
    public JsonLogLines(Formatter announcements) {
        this.announcements = announcements;
    }

    @Override
    public String format(LogRecord record) {
        if (announcements != null && PAYARA_MICRO.equals(record.getLoggerName()) && record.getThrown() == null) {
            return announcements.format(record);
        }
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("time", Instant.ofEpochMilli(record.getMillis()).toString())
                    .write("level", record.getLevel().getName())
                    .write("logger", String.valueOf(record.getLoggerName()))
                    .write("thread", Thread.currentThread().getName())
                    .write("message", message(record));
            if (record.getThrown() != null) {
                json.writeStartArray("exception");
                int depth = 0;
                for (Throwable t = record.getThrown(); t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
                    json.writeStartObject().write("type", t.getClass().getName()).writeStartArray("frames");
                    StackTraceElement[] frames = t.getStackTrace();
                    for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                        json.write(frames[i].toString());
                    }
                    json.writeEnd().writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        return out.append('\n').toString();
    }

    private String message(LogRecord record) {
        try {
            return String.valueOf(formatMessage(record));
        } catch (RuntimeException unformattable) {
            return String.valueOf(record.getMessage());
        }
    }
}
