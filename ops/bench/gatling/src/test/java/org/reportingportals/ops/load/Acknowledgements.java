package org.reportingportals.ops.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The reference of every report the platform acknowledged with 201 in this run. Written at the end of the run to
 * {@code load.acks}, one a line, so that load.sh can look each one up in PostgreSQL: a report that was
 * acknowledged and is not in the database is a lost report, the one failure the intake must never have.
 */
final class Acknowledgements {

    private static final ConcurrentLinkedQueue<String> REFERENCES = new ConcurrentLinkedQueue<>();

    private Acknowledgements() {
    }

    static void add(String reference) {
        REFERENCES.add(reference);
    }

    static void write() {
        String file = System.getProperty("load.acks");
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>(REFERENCES);
        try {
            Files.write(Path.of(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the acknowledged references to " + file, e);
        }
    }
}
