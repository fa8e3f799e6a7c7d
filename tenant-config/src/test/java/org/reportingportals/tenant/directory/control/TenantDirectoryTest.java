package org.reportingportals.tenant.directory.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantDirectoryTest {

    private final TenantDirectory directory = TenantFiles.fromClasspath(getClass().getClassLoader());

    @Test
    void loadsEveryDemoTenantFile() {
        assertEquals(List.of("bd", "bo", "cd", "in", "ma", "mz", "np", "pk", "ug"),
                directory.all().stream().map(Tenant::code).toList());
        Tenant nepal = directory.find("np").orElseThrow();
        assertEquals(new ULocale("ne"), nepal.defaultLocale());
        assertEquals("नेपाल", nepal.name(new ULocale("ne")));
        assertEquals("Nepal", nepal.name(new ULocale("en")));
        assertEquals("NP", nepal.referencePrefix());
        assertEquals("1098", nepal.helplines().get(0).dialable());
        assertEquals(TenantStatus.SUSPENDED, directory.find("cd").orElseThrow().status());
    }

    @Test
    void demoTenantsCoverAtLeastTwelveLocalesIncludingRightToLeftAndDevanagari() {
        Set<String> tags = new TreeSet<>();
        directory.all().forEach(t -> t.locales().forEach(l -> tags.add(l.toLanguageTag())));
        assertTrue(tags.size() >= 12, tags.toString());
        assertTrue(tags.containsAll(Set.of("ar", "ur", "hi", "ne", "sw", "fr", "pt", "es", "en")), tags.toString());
    }

    @Test
    void neverFallsBackToAnotherTenant() {
        assertEquals(Optional.empty(), directory.find("UG"));
        assertEquals(Optional.empty(), directory.find("zz"));
        assertEquals(Optional.empty(), directory.find("../ug"));
        assertEquals(Optional.empty(), directory.find(null));
        assertEquals(Optional.empty(), directory.byHost("unknown.example"));
        assertEquals(Optional.empty(), directory.byHost(null));
    }

    @Test
    void resolvesATenantsOwnHostName() {
        TenantDirectory withHost = TenantFiles.parse(java.util.Map.of("tenants/ug.yaml",
                minimal("ug") + "hostnames: [report.example.ug]\n"));
        assertEquals("ug", withHost.byHost("REPORT.example.ug").orElseThrow().code());
    }

    @Test
    void namesFileFieldAndProblemForEveryMistake() {
        String broken = """
                code: ug
                status: sleeping
                names: {en: Uganda, de: Uganda}
                partner: {name: Partner, url: http://insecure.example}
                defaultLocale: fr
                locales: [en, "sw!"]
                helplnes: []
                emergency:
                  - name: {en: Police}
                    number: call us
                theme: {colors: {brand: red, glitter: "#ffffff"}}
                messages: {en: {portal.home.title: "{broken"}}
                """;
        TenantConfigException e = assertThrows(TenantConfigException.class,
                () -> TenantFiles.parse(java.util.Map.of("tenants/ug.yaml", broken)));
        String all = String.join("\n", e.problems());
        for (String expected : List.of("tenants/ug.yaml: status: 'sleeping'", "tenants/ug.yaml: names.de:",
                "tenants/ug.yaml: partner.url:", "tenants/ug.yaml: defaultLocale: fr is not in locales",
                "tenants/ug.yaml: locales[1]: 'sw!'", "tenants/ug.yaml: helplnes: unknown field",
                "tenants/ug.yaml: emergency[0].number:", "tenants/ug.yaml: theme.colors.brand: 'red'",
                "tenants/ug.yaml: theme.colors.glitter: unknown colour token",
                "tenants/ug.yaml: messages.en.portal.home.title: is not valid ICU MessageFormat")) {
            assertTrue(all.contains(expected), "missing <" + expected + "> in:\n" + all);
        }
    }

    @Test
    void theCodeMustMatchTheFileAndHostsBelongToOneTenant() {
        TenantConfigException mismatch = assertThrows(TenantConfigException.class,
                () -> TenantFiles.parse(java.util.Map.of("tenants/np.yaml", minimal("ug"))));
        assertTrue(mismatch.getMessage().contains("tenants/np.yaml: code: 'ug' must match the file name 'np'"));
        TenantConfigException shared = assertThrows(TenantConfigException.class, () -> TenantFiles.parse(java.util.Map.of(
                "tenants/ug.yaml", minimal("ug") + "hostnames: [report.example.org]\n",
                "tenants/np.yaml", minimal("np") + "hostnames: [report.example.org]\n")));
        assertTrue(shared.getMessage().contains("report.example.org is already used by"));
    }

    @Test
    void refusesATextThatIsNotYaml() {
        TenantConfigException e = assertThrows(TenantConfigException.class,
                () -> TenantFiles.parse(java.util.Map.of("tenants/ug.yaml", "code: [unclosed")));
        assertTrue(e.getMessage().contains("tenants/ug.yaml: not valid YAML"));
    }

    @Test
    void onlyLivePortalsAcceptReports() {
        assertTrue(TenantStatus.LIVE.acceptsReports());
        assertFalse(TenantStatus.SUSPENDED.acceptsReports());
        assertFalse(TenantStatus.DRAFT.acceptsReports());
    }

    private static String minimal(String code) {
        return "code: " + code + "\nstatus: live\nnames: Test\npartner: {name: Partner, url: https://partner.example}\n"
                + "defaultLocale: en\nlocales: [en]\nemergency:\n  - {name: Police, number: \"999\"}\n";
    }
}
