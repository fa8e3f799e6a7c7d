package org.reportingportals.i18n.messages.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageCatalogTest {

    private static final List<String> LOCALES = List.of("sw", "ne", "hi", "ta", "ar", "fr", "ur", "bn", "pt", "es", "ln");
    private final MessageCatalog catalog = new MessageCatalog(getClass().getClassLoader(), List.of("i18n/messages"));

    @Test
    void formatsPluralsInTheLocalesOwnRules() {
        assertEquals("One field needs attention.", catalog.format(ULocale.ENGLISH, "api.problem.validation.detail",
                Map.of("count", 1)));
        assertEquals("3 fields need attention.", catalog.format(ULocale.ENGLISH, "api.problem.validation.detail",
                Map.of("count", 3)));
        String arabicTwo = catalog.format(new ULocale("ar"), "api.problem.validation.detail", Map.of("count", 2));
        String arabicFew = catalog.format(new ULocale("ar"), "api.problem.validation.detail", Map.of("count", 3));
        assertFalse(arabicTwo.equals(arabicFew), "Arabic has a dual form");
    }

    @Test
    void fallsBackFromRegionToLanguageToRoot() {
        String swahili = catalog.format(new ULocale("sw"), "api.problem.not-found.title");
        assertEquals(swahili, catalog.format(new ULocale("sw_TZ"), "api.problem.not-found.title"));
        assertEquals(catalog.format(ULocale.ROOT, "api.problem.not-found.title"),
                catalog.format(new ULocale("de"), "api.problem.not-found.title"));
    }

    @Test
    void rendersThePseudoLocaleFromRoot() {
        String pseudo = catalog.format(PseudoLocalizer.PSEUDO, "api.problem.validation.detail", Map.of("count", 2));
        assertTrue(pseudo.startsWith("⟦2 ƒíéĺđš"), pseudo);
    }

    @Test
    void rendersAMissingKeyAsTheKeyNeverBlank() {
        assertEquals("no.such.key", catalog.format(new ULocale("fr"), "no.such.key"));
    }

    @Test
    void formatsNumbersWithTheLocalesDigits() {
        String nepali = catalog.format(new ULocale("ne"), "api.problem.too-large.detail", Map.of("limit", 65536));
        assertTrue(nepali.contains("६५,५३६"), nepali);
        assertTrue(catalog.format(ULocale.ENGLISH, "api.problem.too-large.detail", Map.of("limit", 65536))
                .contains("65,536"));
    }

    /** The catalog lint: same keys as root, every message parses, same argument names, no stray HTML. */
    @Test
    void everyCatalogHasTheRootKeysParsesAndKeepsArgumentNames() {
        Map<String, String> root = catalog.ownEntries(ULocale.ROOT);
        assertFalse(root.isEmpty());
        List<String> problems = new java.util.ArrayList<>();
        for (String tag : LOCALES) {
            problems.addAll(CatalogLint.check(root, new ULocale(tag), catalog.ownEntries(new ULocale(tag))));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theLintNamesWhatIsWrong() {
        Map<String, String> root = Map.of("a.b", "Hello {name}", "c.d", "Plain");
        List<String> problems = CatalogLint.check(root, new ULocale("fr"),
                Map.of("a.b", "Bonjour {nom}", "c.d", "<b>Gras</b>", "e.f", "{broken"));
        assertEquals(List.of("fr: a.b: arguments [nom] differ from root [name]", "fr: c.d: contains HTML",
                "fr: e.f: not in the root catalog"), problems);
        assertTrue(CatalogLint.check(root, new ULocale("fr"), Map.of()).contains("fr: a.b: missing"));
        assertTrue(CatalogLint.checkMessage("fr", "x.y", "a", "{oops").get(0).startsWith("fr: x.y: not valid ICU"));
    }
}
