package org.reportingportals.core.assessment.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindingReaderTest {

    private static JsonObject body(String notes) {
        return Json.createObjectBuilder().add("outcome", "not-criminal")
                .add("actions", Json.createArrayBuilder().add("none")).add("notes", notes).build();
    }

    @Test
    void notesAreKeptExactlyAsTheAnalystWroteThemNeverTrimmed() {
        for (String notes : new String[]{"  indented first line\n  second", "trailing spaces  ", "\tTAB first", "   "}) {
            FindingReader.Read read = FindingReader.read(body(notes));
            assertEquals(Optional.of(notes), read.finding().orElseThrow().notes(), notes);
        }
    }

    @Test
    void onlyEmptyNotesMeanNone() {
        assertEquals(Optional.empty(), FindingReader.read(body("")).finding().orElseThrow().notes());
    }
}
