package org.reportingportals.core.platform.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.messages.control.ThemeCatalogs;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The order of page texts with a tenant theme that ships message files (fixture {@code themed-messages/}, a
 * theme {@code ug} below a base of its own): base, then the tenant's theme, then the tenant file's own wording.
 */
class ThemedPageMessagesTest {

    private static final String ANONYMOUS = "portal.layout.footer.anonymous"; // ug's tenant file rewords it in en
    private final TenantDirectory tenants = TenantFiles.fromClasspath(getClass().getClassLoader());
    private final Tenant uganda = tenants.find("ug").orElseThrow();
    private final PageMessages messages = new PageMessages(new ThemeCatalogs(new ThemeChains(fixture()), List.of()));

    @Test
    void theTenantFileBeatsTheThemeWhichBeatsBase() {
        ULocale en = new ULocale("en");
        assertEquals(uganda.override(en, ANONYMOUS).orElseThrow(), text(uganda, en, ANONYMOUS));
        assertEquals("Theme title", text(uganda, en, "portal.home.title"));
        assertEquals("Base partner", text(uganda, en, "portal.layout.footer.partner"));
    }

    @Test
    void aThemesTranslationShowsWhereTheTenantFileHasNone() {
        assertEquals("Theme anonymous in Swahili", text(uganda, new ULocale("sw"), ANONYMOUS));
        assertEquals(List.of("portal.home.title", "portal.layout.footer.partner"),
                messages.missingKeys(uganda, new ULocale("sw")).stream().sorted().toList());
    }

    @Test
    void aTenantWithoutAThemeAndPlatformPagesSpeakBase() {
        assertEquals("Base title", text(tenants.find("in").orElseThrow(), new ULocale("en"), "portal.home.title"));
        assertEquals("Base title", messages.format(Optional.empty(), new ULocale("en"), "portal.home.title", Map.of()));
    }

    private String text(Tenant tenant, ULocale locale, String key) {
        return messages.bind(Optional.of(tenant), locale).t(key);
    }

    private static ClassLoader fixture() {
        URL root = ThemedPageMessagesTest.class.getResource("/themed-messages/");
        return new URLClassLoader(new URL[]{root}, null);
    }
}
