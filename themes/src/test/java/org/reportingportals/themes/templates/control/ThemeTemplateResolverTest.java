package org.reportingportals.themes.templates.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.themes.chain.control.ThemeFixture;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the fixture's base page through a real, caching Thymeleaf engine, once per theme. */
class ThemeTemplateResolverTest {

    private final TemplateEngine engine = engine();

    @Test
    void anOverridableFragmentComesFromTheNearestThemeThatHasIt() {
        String tenant = render("tenant");
        String quiet = render("quiet");
        String base = render("base");
        String nobody = render("nobody");
        assertAll(
                () -> assertTrue(tenant.contains("tenant footer"), tenant),
                () -> assertTrue(quiet.contains("regional footer"), "quiet inherits its parent's: " + quiet),
                () -> assertTrue(base.contains("base footer"), base),
                () -> assertTrue(nobody.contains("base footer"), nobody));
    }

    @Test
    void pagesAreAlwaysBasesEvenWhenAThemeShipsOne() {
        String tenant = render("tenant");
        assertTrue(tenant.contains("base page"), tenant);
        assertFalse(tenant.contains("tenant page"), tenant);
    }

    @Test
    void cachedTemplatesAreNeverSharedBetweenThemes() {
        render("tenant");
        render("quiet");
        assertTrue(render("tenant").contains("tenant footer"));
        assertTrue(render("quiet").contains("regional footer"));
    }

    @Test
    void aTemplateNameThatIsAPathResolvesToNothing() {
        assertThrows(TemplateInputException.class, () -> engine.process(new TemplateSpec("../regional/templates/extras",
                null, (TemplateMode) null, ThemeTemplateResolver.attributes("tenant")), new Context()));
    }

    private String render(String theme) {
        return engine.process(new TemplateSpec("page", null, (TemplateMode) null, ThemeTemplateResolver.attributes(theme)),
                new Context());
    }

    private static TemplateEngine engine() {
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new ThemeTemplateResolver(ThemeFixture.chains(), true));
        return engine;
    }
}
