package org.reportingportals.themes.chain.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.themes.chain.entity.Theme;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeChainsTest {

    private final ThemeChains chains = ThemeFixture.chains();

    @Test
    void aChainRunsFromTheThemeThroughEachParentToBase() {
        assertEquals(List.of("tenant", "regional", "base"), names(chains.chain("tenant")));
        assertEquals(List.of("quiet", "regional", "base"), names(chains.chain("quiet")));
        assertEquals(List.of("base"), names(chains.chain("base")));
    }

    @Test
    void aPortalWithoutAThemeFolderIsDrawnByBaseAlone() {
        assertEquals(List.of("base"), names(chains.chain("nobody")));
    }

    @Test
    void filesAreTakenFromTheFirstThemeOfTheChainThatHasThem() {
        assertEquals(Optional.of("themes/tenant/static/logo.svg"), chains.resource("tenant", ThemeChains.STATIC, "logo.svg"));
        assertEquals(Optional.of("themes/regional/static/logo.svg"), chains.resource("quiet", ThemeChains.STATIC, "logo.svg"));
        assertEquals(Optional.of("themes/base/static/mark.svg"), chains.resource("tenant", ThemeChains.STATIC, "mark.svg"));
        assertEquals(Optional.empty(), chains.resource("tenant", ThemeChains.STATIC, "absent.svg"));
    }

    @Test
    void messageLayersRunFromBaseToTheTheme() {
        assertEquals(List.of("themes/base/messages/messages", "themes/regional/messages/messages",
                "themes/tenant/messages/messages"), chains.messageLayers("tenant"));
    }

    @Test
    void refusesACycleNamingTheFileThatClosesIt() {
        IllegalStateException loop = assertThrows(IllegalStateException.class, () -> chains.chain("loop-a"));
        assertEquals("themes/loop-b/theme.properties: parent=loop-a makes a cycle: loop-a -> loop-b -> loop-a",
                loop.getMessage());
        IllegalStateException above = assertThrows(IllegalStateException.class, () -> chains.chain("spiral"));
        assertEquals("themes/loop-b/theme.properties: parent=loop-a makes a cycle: spiral -> loop-a -> loop-b -> loop-a",
                above.getMessage());
    }

    @Test
    void refusesAParentThatIsNotATheme() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> chains.chain("orphan"));
        assertEquals("themes/orphan/theme.properties: parent=nowhere is not a theme"
                + " (there is no themes/nowhere/theme.properties)", e.getMessage());
    }

    @Test
    void refusesAThemeFolderWithoutThemeProperties() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> chains.chain("bare"));
        assertTrue(e.getMessage().startsWith("themes/bare/theme.properties: missing;"), e.getMessage());
    }

    @Test
    void refusesAMisspeltKeyInsteadOfLosingTheParent() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> chains.chain("misspelt"));
        assertTrue(e.getMessage().startsWith("themes/misspelt/theme.properties: unknown keys [parnet]"), e.getMessage());
    }

    @Test
    void aBrokenThemeDoesNotBreakTheOthers() {
        assertThrows(IllegalStateException.class, () -> chains.chain("orphan"));
        assertEquals(List.of("tenant", "regional", "base"), names(chains.chain("tenant")));
    }

    @Test
    void namesAndFilesThatCouldLeaveTheThemeFolderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> chains.chain("../tenant"));
        assertThrows(IllegalArgumentException.class, () -> chains.resource("tenant", ThemeChains.STATIC, "../../regional/static/logo.svg"));
        assertThrows(IllegalArgumentException.class, () -> chains.resource("tenant", ThemeChains.STATIC, ".hidden"));
        assertThrows(IllegalArgumentException.class, () -> chains.resource("tenant", "../templates", "page.html"));
    }

    @Test
    void aClassPathWithoutBaseIsRefusedAtOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ThemeChains(new java.net.URLClassLoader(new java.net.URL[0], null)));
        assertEquals("themes/base/theme.properties: missing; every theme chain ends at base", e.getMessage());
    }

    @Test
    void theShippedThemesAreWalkableChains() {
        ThemeChains shipped = new ThemeChains(getClass().getClassLoader());
        assertEquals(List.of("ug", "base"), names(shipped.chain("ug")));
        assertEquals(Optional.of("themes/ug/static/logo.svg"), shipped.resource("ug", ThemeChains.STATIC, "logo.svg"));
    }

    private static List<String> names(List<Theme> chain) {
        return chain.stream().map(Theme::name).toList();
    }
}
