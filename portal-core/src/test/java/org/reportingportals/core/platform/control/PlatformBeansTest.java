package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.platform.entity.PortalMode;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportingportals.core.platform.control.SettingsTest.over;

/** Production refuses the defaults that only make sense on a developer's machine, naming the key; dev fills them in. */
class PlatformBeansTest {

    private static final String POSTGRES = "jdbc:postgresql://db.internal:5432/portal";

    private static void assertRefused(String key, Runnable read) {
        Settings.SettingRefused refused = assertThrows(Settings.SettingRefused.class, read::run);
        assertTrue(refused.getMessage().startsWith(key + " "), "names the key first: " + refused.getMessage());
        assertTrue(refused.getMessage().contains("production"), refused.getMessage());
    }

    @Test
    void theModeIsProductionUnlessItSaysDev() {
        assertEquals(PortalMode.PRODUCTION, PlatformBeans.mode(over(Map.of())));
        assertEquals(PortalMode.DEV, PlatformBeans.mode(over(Map.of("portal.mode", "dev"))));
    }

    @Test
    void productionRefusesToStartWithoutADatabaseUrl() {
        assertRefused("portal.db.url", () -> PlatformBeans.database(over(Map.of()), PortalMode.PRODUCTION));
        assertRefused("portal.db.url", () -> PlatformBeans.database(over(Map.of("portal.db.url", "  ")), PortalMode.PRODUCTION));
    }

    @Test
    void productionTakesTheDatabaseItIsGiven() {
        assertEquals(POSTGRES, PlatformBeans.database(over(Map.of("portal.db.url", POSTGRES)), PortalMode.PRODUCTION).url());
    }

    @Test
    void devFallsBackToTheEmbeddedDatabase() {
        assertEquals(DatabaseMigration.DEFAULT_URL, PlatformBeans.database(over(Map.of()), PortalMode.DEV).url());
    }

    @Test
    void productionRefusesTheDevRealmsClientSecret() {
        assertRefused("portal.oidc.client-secret", () -> PlatformBeans.oidc(
                over(Map.of("portal.oidc.client-secret", "portal-web-dev-secret")), PortalMode.PRODUCTION));
    }

    @Test
    void productionRefusesToStartWithoutAClientSecret() {
        Settings.SettingRefused refused = assertThrows(Settings.SettingRefused.class,
                () -> PlatformBeans.oidc(over(Map.of()), PortalMode.PRODUCTION));
        assertTrue(refused.getMessage().startsWith("portal.oidc.client-secret (PORTAL_OIDC_CLIENT_SECRET) is required"),
                refused.getMessage());
    }

    @Test
    void theRefusalNeverPrintsASecret() {
        Settings.SettingRefused refused = assertThrows(Settings.SettingRefused.class, () -> PlatformBeans.oidc(
                over(Map.of("portal.oidc.client-secret", "portal-web-dev-secret")), PortalMode.PRODUCTION));
        assertFalse(refused.getMessage().contains("portal-web-dev-secret"), refused.getMessage());
    }

    @Test
    void productionTakesASecretOfItsOwn() {
        assertEquals("s3cr3t-from-the-vault", PlatformBeans.oidc(
                over(Map.of("portal.oidc.client-secret", "s3cr3t-from-the-vault")), PortalMode.PRODUCTION).clientSecret());
    }

    @Test
    void devFallsBackToTheDevRealmsSecret() {
        assertEquals(PlatformBeans.DEV_CLIENT_SECRET, PlatformBeans.oidc(over(Map.of()), PortalMode.DEV).clientSecret());
    }

    @Test
    void theDevSecretIsTheOneTheDevRealmPublishes() throws Exception {
        String realm = java.nio.file.Files.readString(java.nio.file.Path.of("../ops/keycloak/portal-realm.json"));
        assertTrue(realm.contains("\"secret\": \"" + PlatformBeans.DEV_CLIENT_SECRET + "\""),
                "the refused secret must be the realm file's, or the refusal guards nothing");
    }

    @Test
    void theRefusalIsFoundInsideWhateverWrapsIt() {
        var refused = new Settings.SettingRefused("portal.db.url (PORTAL_DB_URL) is required in production mode");
        assertEquals(refused.getMessage(), SettingsCheck.reason(new RuntimeException("WELD-000049", new IllegalStateException(
                "creating bean", refused))));
    }
}
