package org.reportingportals.i18n.messages.control;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        for (String tag : LOCALES) {
            Map<String, String> own = catalog.ownEntries(new ULocale(tag));
            assertEquals(new TreeSet<>(root.keySet()), new TreeSet<>(own.keySet()), "keys of " + tag);
            for (Map.Entry<String, String> entry : own.entrySet()) {
                String where = tag + ":" + entry.getKey();
                assertEquals(argumentNames(root.get(entry.getKey())), argumentNames(entry.getValue()), where);
                if (!entry.getKey().endsWith(".html")) {
                    assertFalse(entry.getValue().matches("(?s).*<[a-zA-Z/].*"), "HTML in " + where);
                }
            }
        }
    }

    private static Set<String> argumentNames(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }
}
