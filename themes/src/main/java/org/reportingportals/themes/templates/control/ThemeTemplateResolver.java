package org.reportingportals.themes.templates.control;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ClassLoaderTemplateResource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a template name along the theme chain {@code themes/<tenant>/templates/} then
 * {@code themes/base/templates/}. The tenant travels as a template resolution attribute, which is part of
 * Thymeleaf's cache key and is inherited by fragments, so two tenants never share a cached template.
 */
public final class ThemeTemplateResolver implements ITemplateResolver {

    /** Resolution attribute naming the tenant theme to try first. */
    public static final String THEME = "theme";
    public static final String BASE = "base";
    /** The only templates a tenant theme may provide: named fragments, never pages or the layout. */
    public static final Set<String> OVERRIDABLE = Set.of("extras.html");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}(\\.html)?");
    private static final Pattern THEME_NAME = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private final ClassLoader loader;
    private final boolean cache;

    public ThemeTemplateResolver(ClassLoader loader, boolean cache) {
        this.loader = loader;
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
        for (String theme : chain(attributes, name)) {
            String path = "themes/" + theme + "/templates/" + name;
            if (loader.getResource(path) != null) {
                return new TemplateResolution(new ClassLoaderTemplateResource(loader, path, "UTF-8"), true,
                        TemplateMode.HTML, cache, AlwaysValidCacheEntryValidity.INSTANCE);
            }
        }
        return null;
    }

    static List<String> chain(Map<String, Object> attributes, String name) {
        Object theme = attributes == null ? null : attributes.get(THEME);
        if (theme instanceof String t && THEME_NAME.matcher(t).matches() && !BASE.equals(t) && OVERRIDABLE.contains(name)) {
            return List.of(t, BASE);
        }
        return List.of(BASE);
    }
}
