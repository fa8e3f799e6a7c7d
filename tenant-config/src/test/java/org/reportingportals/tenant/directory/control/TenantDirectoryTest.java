package org.reportingportals.tenant.directory.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantDirectoryTest {

    private final TenantDirectory directory = SeedTenants.directory();

    @Test
    void findsTheSeedTenantsByExactCode() {
        assertEquals(List.of("in", "ma", "np", "ug"), directory.all().stream().map(Tenant::code).toList());
        assertEquals(new ULocale("ne"), directory.find("np").orElseThrow().defaultLocale());
        assertEquals("UG", directory.find("ug").orElseThrow().referencePrefix());
    }

    @Test
    void neverFallsBackToAnotherTenant() {
        assertEquals(Optional.empty(), directory.find("UG"));
        assertEquals(Optional.empty(), directory.find("zz"));
        assertEquals(Optional.empty(), directory.find("../ug"));
        assertEquals(Optional.empty(), directory.find(null));
    }

    @Test
    void refusesInconsistentTenants() {
        assertThrows(IllegalArgumentException.class, () -> new Tenant("ug", Map.of(), new ULocale("fr"),
                List.of(new ULocale("en")), TenantStatus.LIVE));
        assertThrows(IllegalArgumentException.class, () -> new Tenant("Ug!", Map.of(), new ULocale("en"),
                List.of(new ULocale("en")), TenantStatus.LIVE));
        Tenant ug = directory.find("ug").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new TenantDirectory(List.of(ug, ug)));
    }

    @Test
    void onlyLivePortalsAcceptReports() {
        assertTrue(TenantStatus.LIVE.acceptsReports());
        assertEquals(false, TenantStatus.SUSPENDED.acceptsReports());
        assertEquals(false, TenantStatus.DRAFT.acceptsReports());
    }
}
