package org.reportingportals.i18n.negotiation.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocaleNegotiatorTest {

    private final LocaleNegotiator morocco = new LocaleNegotiator(List.of(new ULocale("ar"), new ULocale("fr")),
            new ULocale("ar"));

    @Test
    void explicitChoiceWinsWhenOffered() {
        assertEquals(new ULocale("fr"), morocco.negotiate(Optional.of("fr"), "ar"));
        assertEquals(new ULocale("fr"), morocco.negotiate(Optional.of("fr-MA"), "ar"));
    }

    @Test
    void explicitChoiceNotOfferedFallsThroughToTheHeader() {
        assertEquals(Optional.empty(), morocco.matchExplicit("de"));
        assertEquals(new ULocale("fr"), morocco.negotiate(Optional.of("de"), "fr-CA,en;q=0.8"));
    }

    @Test
    void acceptLanguageIsMatchedByIcu() {
        assertEquals(new ULocale("fr"), morocco.matchAcceptLanguage("en-GB,fr;q=0.7"));
        assertEquals(new ULocale("ar"), morocco.matchAcceptLanguage("ar-EG"));
    }

    @Test
    void nothingUsableMeansTheDefault() {
        assertEquals(new ULocale("ar"), morocco.matchAcceptLanguage(null));
        assertEquals(new ULocale("ar"), morocco.matchAcceptLanguage("de-DE"));
        assertEquals(new ULocale("ar"), morocco.matchAcceptLanguage(";;;q=abc,,"));
        assertEquals(new ULocale("ar"), morocco.matchAcceptLanguage("x".repeat(10_000)));
    }

    @Test
    void malformedHeadersFromBrowsersAndToolsNeverThrow() {
        for (String header : java.util.List.of("en_US", "fr_FR", "en;q=2", "fr;q=abc", "fr;q=", "*;q=-1", "!!!,,;;",
                "fr;q=0.5;q=0.7", "fr-", "-", ",", ";", "=", "\u0000fr", "fr\u00e9", "fr;" + "q".repeat(3_000),
                "ar;q=0.5," + "x".repeat(3_000), "fr," + "a-".repeat(1_500))) {
            ULocale chosen = org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> morocco.matchAcceptLanguage(header), header);
            assertTrue(morocco.supported().contains(chosen), header);
        }
    }

    @Test
    void theDefaultMustBeOffered() {
        assertThrows(IllegalArgumentException.class,
                () -> new LocaleNegotiator(List.of(new ULocale("fr")), new ULocale("ar")));
    }
}
