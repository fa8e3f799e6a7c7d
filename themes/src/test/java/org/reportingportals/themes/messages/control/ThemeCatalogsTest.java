package org.reportingportals.themes.messages.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.i18n.messages.control.MessageCatalog;
import org.reportingportals.themes.chain.control.ThemeFixture;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Fixture texts: {@code greeting} in every theme, {@code closing} in regional and base, {@code help} in base
 * (also in fr_CA) and tenant's root, {@code only.base} in base's root, {@code platform.only} below the themes.
 */
class ThemeCatalogsTest {

    private static final ULocale FR_CA = new ULocale("fr_CA");
    private final ThemeCatalogs catalogs = new ThemeCatalogs(ThemeFixture.chains(), List.of("platform/messages"));

    @Test
    void theMostSpecificThemeWinsAndBaseFillsTheRest() {
        MessageCatalog tenant = catalogs.of("tenant");
        assertEquals("Hello from tenant", tenant.format(ULocale.ROOT, "greeting"));
        assertEquals("Goodbye from regional", tenant.format(ULocale.ROOT, "closing"), "parent beats base");
        assertEquals("Base only", tenant.format(ULocale.ROOT, "only.base"));
        assertEquals("Platform only", tenant.format(ULocale.ROOT, "platform.only"), "the platform layer is below base");
    }

    @Test
    void themesMergeAfterLocaleFallback() {
        MessageCatalog tenant = catalogs.of("tenant");
        assertEquals("Bonjour du locataire", tenant.format(FR_CA, "greeting"), "fr_CA falls back to the tenant's fr");
        assertEquals("Au revoir de la région", tenant.format(FR_CA, "closing"), "regional's fr beats base's fr");
        assertEquals("Aide canadienne de base", tenant.format(FR_CA, "help"),
                "base's fr_CA beats the tenant's root: the locale is chosen first, then the most specific theme");
        assertEquals("Aide de base", tenant.format(ULocale.FRENCH, "help"));
        assertEquals("Base only", tenant.format(FR_CA, "only.base"), "root fills what no French file has");
    }

    @Test
    void aLeafWithoutMessageFilesSpeaksItsParents() {
        MessageCatalog quiet = catalogs.of("quiet");
        assertEquals("Hello from regional", quiet.format(ULocale.ROOT, "greeting"));
        assertEquals("Bonjour de base", quiet.format(FR_CA, "greeting"));
        assertEquals("Au revoir de la région", quiet.format(FR_CA, "closing"));
    }

    @Test
    void portalsWithoutAThemeShareBasesCatalog() {
        assertSame(catalogs.of("base"), catalogs.of("nobody"));
        assertEquals("Hello from base", catalogs.of("nobody").format(ULocale.ROOT, "greeting"));
    }
}
