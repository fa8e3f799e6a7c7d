package org.reportingportals.themes.assets.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.themes.assets.entity.Asset;
import org.reportingportals.themes.chain.control.ThemeFixture;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeAssetsTest {

    private final ThemeAssets assets = new ThemeAssets(ThemeFixture.chains());

    @Test
    void aThemeFileComesFromTheNearestThemeThatHasIt() {
        assertEquals("tenant logo", title(assets.tenantFile("tenant", "logo.svg")));
        assertEquals("regional logo", title(assets.tenantFile("quiet", "logo.svg")));
        assertEquals("base mark", title(assets.tenantFile("tenant", "mark.svg")));
        assertEquals("base logo", title(assets.tenantFile("nobody", "logo.svg")));
        assertEquals(Optional.empty(), assets.tenantFile("tenant", "absent.svg"));
    }

    @Test
    void anInheritedFileIsServedUnderItsFingerprint() {
        Asset inherited = assets.tenantFile("quiet", "logo.svg").orElseThrow();
        assertTrue(inherited.fingerprinted().matches("logo\\.[0-9a-f]{12}\\.svg"), inherited.fingerprinted());
        assertEquals(Optional.of(inherited), assets.byFingerprint(inherited.fingerprinted()));
    }

    @Test
    void aFileNameThatIsAPathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> assets.tenantFile("tenant", "../../base/static/portal.css"));
    }

    private static String title(Optional<Asset> asset) {
        String svg = new String(asset.orElseThrow().content(), StandardCharsets.UTF_8);
        return svg.substring(svg.indexOf("<title>") + 7, svg.indexOf("</title>"));
    }
}
