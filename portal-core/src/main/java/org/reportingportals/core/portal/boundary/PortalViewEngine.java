package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.platform.boundary.StaffViewEngine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reportingportals.core.portal.entity.Page;
import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.templates.control.ThemeTemplateResolver;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code *.html} views with Thymeleaf along the tenant's theme chain. Writes to the view context's
 * stream so the status and headers JAX-RS set (422, 403, Cache-Control) reach the client.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class PortalViewEngine implements ViewEngine {

    @Inject
    ServletContext servletContext;

    @Inject
    ThemeChains themes;

    private TemplateEngine engine;
    private JakartaServletWebApplication application;

    @PostConstruct
    void init() {
        engine = new TemplateEngine();
        engine.setTemplateResolver(new ThemeTemplateResolver(themes, true));
        application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    @Override
    public boolean supports(String view) {
        return view.endsWith(".html") && !view.startsWith(StaffViewEngine.PREFIX);
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        Map<String, Object> models = context.getModels().asMap();
        Object pageModel = models.get("page");
        String theme = ThemeTemplateResolver.BASE;
        Locale locale = context.getLocale();
        if (pageModel instanceof Page page) {
            theme = page.theme();
            locale = Locale.forLanguageTag(page.lang());
        }
        HttpServletRequest request = context.getRequest(HttpServletRequest.class);
        HttpServletResponse response = context.getResponse(HttpServletResponse.class);
        WebContext web = new WebContext(application.buildExchange(request, response), locale, models);
        try {
            Writer out = new OutputStreamWriter(context.getOutputStream(), StandardCharsets.UTF_8);
            engine.process(new TemplateSpec(context.getView(), null, (TemplateMode) null,
                    ThemeTemplateResolver.attributes(theme)), web, out);
            out.flush();
        } catch (IOException e) {
            throw new ViewEngineException(e);
        }
    }
}
