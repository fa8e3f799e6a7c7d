package org.reportingportals.core.reports.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostSpoofingTest {

    private final HostSpoofing spoofing = new HostSpoofing();

    @Test
    void plainHostsRaiseNothing() {
        assertEquals(List.of(), spoofing.flags("example.com"));
        assertEquals(List.of(), spoofing.flags("bücher.example"));
        assertEquals(List.of(), spoofing.flags("пример.рф"));
        assertEquals(List.of(), spoofing.flags("उदाहरण.भारत"));
    }

    @Test
    void anAllCyrillicLookAlikeOfALatinNameIsFlagged() {
        // every letter of "раураl" but the last is Cyrillic; it reads as paypal
        assertTrue(spoofing.flags("раураl.com").contains(HostSpoofing.LOOKS_LIKE_LATIN));
        assertTrue(spoofing.flags("раураl.com").contains(HostSpoofing.MIXED_SCRIPT));
        assertTrue(spoofing.flags("аррӏе.com").contains(HostSpoofing.LOOKS_LIKE_LATIN), "all Cyrillic apple");
    }

    @Test
    void aLabelMixingScriptsIsFlagged() {
        assertTrue(spoofing.flags("gооgle.com").contains(HostSpoofing.MIXED_SCRIPT), "Cyrillic o inside Latin");
    }
}
