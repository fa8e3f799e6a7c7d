package org.reportingportals.core.platform.control;


import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.i18n.messages.control.CatalogLint;
import org.reportingportals.i18n.messages.control.MessageCatalog;
import org.reportingportals.i18n.messages.control.PseudoLocalizer;
import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.messages.control.ThemeCatalogs;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantMessagesTest {

    private final ThemeCatalogs themes = new ThemeCatalogs(new ThemeChains(getClass().getClassLoader()),
            List.of("i18n/messages"));
    private final MessageCatalog catalog = themes.of("base");
    private final TenantDirectory tenants = TenantFiles.fromClasspath(getClass().getClassLoader());
    private final PageMessages messages = new PageMessages(themes);

    @Test
    void everyTenantOverrideNamesACatalogKeyAndKeepsItsArguments() {
        Map<String, String> root = catalog.ownEntries(ULocale.ROOT);
        List<String> problems = new ArrayList<>();
        for (Tenant tenant : tenants.all()) {
            tenant.messageOverrides().forEach((tag, entries) -> entries.forEach((key, pattern) -> {
                if (!root.containsKey(key)) {
                    problems.add(tenant.code() + ": " + tag + ": " + key + ": no such message");
                } else {
                    problems.addAll(CatalogLint.checkMessage(tenant.code() + "/" + tag, key, root.get(key), pattern));
                }
            }));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aPartnersWordingWinsInItsLanguageOnly() {
        Tenant uganda = tenants.find("ug").orElseThrow();
        String key = "portal.layout.footer.anonymous";
        String english = messages.format(Optional.of(uganda), new ULocale("en"), key, Map.of());
        assertEquals(uganda.override(new ULocale("en"), key).orElseThrow(), english);
        assertEquals(catalog.format(new ULocale("sw"), key), messages.format(Optional.of(uganda), new ULocale("sw"), key, Map.of()));
        assertNotEquals(english, messages.format(Optional.of(tenants.find("in").orElseThrow()), new ULocale("en"), key, Map.of()));
        assertTrue(messages.format(Optional.of(uganda), PseudoLocalizer.PSEUDO, key, Map.of()).startsWith("⟦"),
                "the pseudo-locale ignores overrides");
    }
}
