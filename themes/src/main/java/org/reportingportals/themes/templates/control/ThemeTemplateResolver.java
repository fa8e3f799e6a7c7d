package org.reportingportals.themes.templates.control;

import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.chain.entity.Theme;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ClassLoaderTemplateResource;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a template name along the theme chain, {@code themes/<theme>/templates/} then its parent's and so
 * on to {@code themes/base/templates/}. The theme travels as a template resolution attribute, which is part
 * of Thymeleaf's cache key and is inherited by fragments, so two themes never share a cached template.
 */
public final class ThemeTemplateResolver implements ITemplateResolver {

    /** Resolution attribute naming the theme to try first. */
    public static final String THEME = "theme";
    public static final String BASE = Theme.BASE;
    /**
     * The only templates a theme other than base may provide: named fragments, never pages or the layout, so
     * every portal keeps one code path (and one accessibility and CSP review) for its pages.
     */
    public static final Set<String> OVERRIDABLE = Set.of("extras.html");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}(\\.html)?");

    private final ThemeChains themes;
    private final boolean cache;

    public ThemeTemplateResolver(ThemeChains themes, boolean cache) {
        this.themes = themes;
        this.cache = cache;
    }

    public static Map<String, Object> attributes(String theme) {
        return Map.of(THEME, theme);
    }

    @Override
    public String getName() {
        return "themes";
    }

    @Override
    public Integer getOrder() {
        return 1;
    }

    @Override
    public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate, String template,
                                              Map<String, Object> attributes) {
        if (!NAME.matcher(template).matches()) {
            return null;
        }
        String name = template.endsWith(".html") ? template : template + ".html";
        return themes.resource(themeFor(attributes, name), ThemeChains.TEMPLATES, name)
                .map(path -> new TemplateResolution(new ClassLoaderTemplateResource(themes.loader(), path, "UTF-8"),
                        true, TemplateMode.HTML, cache, AlwaysValidCacheEntryValidity.INSTANCE))
                .orElse(null);
    }

    /** The theme to start from: the requested one for an overridable fragment, otherwise base. */
    private static String themeFor(Map<String, Object> attributes, String name) {
        Object theme = attributes == null ? null : attributes.get(THEME);
        return Optional.ofNullable(theme).filter(String.class::isInstance).map(String.class::cast)
                .filter(t -> Theme.isName(t) && OVERRIDABLE.contains(name)).orElse(BASE);
    }
}
