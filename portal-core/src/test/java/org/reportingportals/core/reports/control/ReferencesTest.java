package org.reportingportals.core.reports.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.reports.entity.Reference;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferencesTest {

    private final References references = new References(new SecureRandom());

    @Test
    void usesOnlyCharactersThatCannotBeMistakenForEachOther() {
        for (char c : "01OILU".toCharArray()) {
            assertEquals(-1, Reference.ALPHABET.indexOf(c), "alphabet must not contain " + c);
        }
        for (int i = 0; i < 10_000; i++) {
            String value = references.next("UG").value();
            assertTrue(value.matches("UG-[" + Reference.ALPHABET + "]{4}-[" + Reference.ALPHABET + "]{4}"), value);
        }
    }

    @Test
    void drawsDistinctReferences() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(references.next("NP").value());
        }
        // 30^8 possibilities: a collision among 100 000 draws has probability below 1 %; uniqueness itself is
        // the database's constraint, this only guards against a broken generator
        assertTrue(seen.size() >= 99_990, "distinct: " + seen.size());
    }

    @Test
    void readsWhatPeopleTypeBack() {
        Reference reference = references.next("UG");
        String compact = reference.value().replace("-", "").toLowerCase();
        assertEquals(Optional.of(reference), Reference.parse(compact));
        assertEquals(Optional.of(reference), Reference.parse(" " + reference.value().replace("-", " ") + " "));
        assertEquals(Optional.of(reference), Reference.parse(reference.value()));
    }

    @Test
    void refusesWhatCannotBeAReference() {
        assertEquals(Optional.empty(), Reference.parse("UG-1111-1111"));
        assertEquals(Optional.empty(), Reference.parse("short"));
        assertEquals(Optional.empty(), Reference.parse(null));
        assertEquals(Optional.empty(), Reference.parse("x".repeat(1000)));
    }

    @Test
    void keepsTheTenantPrefix() {
        assertEquals("MA", references.next("MA").prefix());
    }
}
