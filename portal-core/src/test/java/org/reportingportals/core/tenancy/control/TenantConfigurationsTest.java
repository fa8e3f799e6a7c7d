package org.reportingportals.core.tenancy.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.platform.control.PageMessages;
import org.reportingportals.core.tenancy.entity.Editor;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;
import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.messages.control.ThemeCatalogs;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules a rollback shares with a publication (finding 7 of issue 12), on ug's shipped file against a live
 * configuration the platform team has changed since. {@code PartnerIT} holds that rollback and publication both take
 * this path on a running platform.
 */
class TenantConfigurationsTest {

    private static final ClassLoader LOADER = TenantConfigurationsTest.class.getClassLoader();
    private static final Editor PARTNER = new Editor("https://idp#partner-ug", false);
    private static final Editor PLATFORM = new Editor("https://idp#platform", true);
    private static final String SEED = TenantFiles.seedText(LOADER, "ug").orElseThrow();

    private final TenantConfigurations configurations = new TenantConfigurations();

    TenantConfigurationsTest() {
        configurations.messages = new PageMessages(new ThemeCatalogs(new ThemeChains(LOADER), List.of("i18n/messages")));
    }

    private static Tenant ug(String yaml) {
        return TenantFiles.parseOne("ug", yaml);
    }

    @Test
    void restoringAnEarlierFileKeepsTheSuspensionThePlatformTeamSet() {
        Tenant suspended = ug(TenantConfigurations.withStatus(SEED, "suspended"));
        assertEquals(TenantStatus.SUSPENDED, suspended.status());
        String restored = TenantConfigurations.restoring(SEED, Optional.of(suspended));
        assertEquals(TenantStatus.SUSPENDED, ug(restored).status());
        assertEquals(SEED.replace("status: live", "status: suspended"), restored, "nothing else of the file changes");
        assertEquals(TenantStatus.LIVE, ug(TenantConfigurations.restoring(restored, Optional.of(ug(SEED)))).status(),
                "nor does a rollback suspend a live portal");
    }

    @Test
    void aPartnerMayNotPublishAwayTheHostNamesThePlatformTeamSet() {
        Tenant hosted = ug(SEED.replaceFirst("(?m)^status: live$", "status: live\nhostnames: [ug.portal.example]"));
        assertNotEquals(hosted.hostnames(), ug(SEED).hostnames());
        TenantConfigurations.Refused refused = assertThrows(TenantConfigurations.Refused.class,
                () -> configurations.publishable(Optional.of(hosted), ug(SEED), PARTNER));
        assertEquals(List.of("hostnames: only the platform team can change the portal's host names"), refused.problems());
        assertEquals(ug(SEED).hostnames(), configurations.publishable(Optional.of(hosted), ug(SEED), PLATFORM).hostnames());
    }

    @Test
    void aPartnerMayNotPublishAnotherStatus() {
        Tenant suspended = ug(TenantConfigurations.withStatus(SEED, "suspended"));
        TenantConfigurations.Refused refused = assertThrows(TenantConfigurations.Refused.class,
                () -> configurations.publishable(Optional.of(suspended), ug(SEED), PARTNER));
        assertEquals(List.of("status: only the platform team can suspend or reactivate a portal"), refused.problems());
    }

    @Test
    void theChecksOfAPublicationApplyToEveryEditor() {
        String lowContrast = SEED.replace("brand-contrast: \"#ffffff\"", "brand-contrast: \"#8a4a4a\"");
        assertNotEquals(SEED, lowContrast, "the shipped file has the token this test changes");
        for (Editor editor : List.of(PARTNER, PLATFORM)) {
            TenantConfigurations.Refused refused = assertThrows(TenantConfigurations.Refused.class,
                    () -> configurations.publishable(Optional.of(ug(SEED)), ug(lowContrast), editor));
            assertTrue(refused.problems().stream().anyMatch(p -> p.contains("brand-contrast #8a4a4a on brand")),
                    refused.problems().toString());
        }
        assertEquals(ug(SEED), configurations.publishable(Optional.of(ug(SEED)), ug(SEED), PARTNER), "the shipped file passes");
    }
}
