package org.reportingportals.themes.messages;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.i18n.messages.control.CatalogLint;
import org.reportingportals.i18n.messages.control.MessageCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The base theme's page catalogs: complete in every shipped language, valid ICU, same arguments as root. */
class PortalCatalogLintTest {

    static final List<String> LOCALES = List.of("sw", "ne", "hi", "ta", "ur", "bn", "ar", "fr", "pt", "es", "ln");
    private final MessageCatalog catalog = new MessageCatalog(getClass().getClassLoader(),
            List.of("themes/base/messages/messages"));

    @Test
    void everyLanguageHasEveryKeyInValidIcu() {
        Map<String, String> root = catalog.ownEntries(ULocale.ROOT);
        assertTrue(root.size() > 90, "root keys: " + root.size());
        List<String> problems = new ArrayList<>();
        for (String tag : LOCALES) {
            problems.addAll(CatalogLint.check(root, new ULocale(tag), catalog.ownEntries(new ULocale(tag))));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void draftedCatalogsSayTheyAreDrafts() throws Exception {
        for (String tag : LOCALES) {
            try (var in = getClass().getClassLoader().getResourceAsStream("themes/base/messages/messages_" + tag + ".properties")) {
                String first = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse("");
                assertTrue(first.contains("status=draft-translation"), tag);
            }
        }
    }
}
