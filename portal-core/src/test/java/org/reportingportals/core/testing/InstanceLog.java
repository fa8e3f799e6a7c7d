package org.reportingportals.core.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The log file of the instance under test ({@code --logtofile} in arquillian.xml; Payara appends {@code .0}):
 * remember where it ends, act, then read what was written since.
 */
public final class InstanceLog {

    private final Path file = Path.of(System.getProperty("it.tmpdir"), "payara-it.log.0");
    private final long from;

    private InstanceLog() throws IOException {
        from = Files.size(file);
    }

    /** From the end of the file as it is now. */
    public static InstanceLog fromNow() throws IOException {
        return new InstanceLog();
    }

    /** What the instance wrote since, after a moment for its asynchronous handler to write the last lines. */
    public String written() throws IOException, InterruptedException {
        Thread.sleep(2_000);
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The one line written since that contains {@code text}, as the JSON object it must be. */
    public Optional<JsonObject> line(String text) throws IOException, InterruptedException {
        List<String> lines = written().lines().filter(l -> l.contains(text)).toList();
        return lines.stream().findFirst().map(l -> Json.createReader(new StringReader(l)).readObject());
    }
}
