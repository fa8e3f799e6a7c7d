package org.reportingportals.core.tenancy.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOneAndEqualColoursAreOne() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 0.001);
        assertEquals(1.0, Contrast.ratio("#7a1f1f", "#7a1f1f"), 0.001);
        assertEquals(4.48, Contrast.ratio("#777777", "#ffffff"), 0.01, "the classic grey that just fails");
    }

    @Test
    void aFailingPaletteIsRefusedWithTheMeasuredRatio() {
        List<String> problems = Contrast.problems(Map.of("text", "#777777"));
        assertEquals(List.of("theme.colors: text #777777 on surface #ffffff (body text) has contrast 4.47:1, needs 4.5:1"),
                problems);
    }

    @Test
    void theHeaderFollowsTheBrandUnlessSetItself() {
        assertTrue(Contrast.problems(Map.of("brand", "#ffff00")).stream().anyMatch(p -> p.contains("header-text")),
                "a yellow brand under white header text fails");
    }

    @Test
    void everyShippedPaletteReachesAa() {
        for (Tenant tenant : TenantFiles.fromClasspath(ContrastTest.class.getClassLoader()).all()) {
            assertEquals(List.of(), Contrast.problems(tenant.branding().colors()), tenant.code());
        }
    }
}
