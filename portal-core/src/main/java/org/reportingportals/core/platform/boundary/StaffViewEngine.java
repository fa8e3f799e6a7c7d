package org.reportingportals.core.platform.boundary;

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
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Renders the staff pages (the analysts' console and partner administration): a view {@code staff/<name>.html}
 * is the template {@code staff/templates/<name>.html}, laid out by the shared {@code staff/templates/layout.html}
 * and worded by {@code staff/messages.properties}. Each screen family keeps its templates in a folder of its own
 * ({@code staff/templates/console/}, {@code staff/templates/admin/}); this engine names none of them.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION + 10)
public class StaffViewEngine implements ViewEngine {

    public static final String PREFIX = "staff/";

    @Inject
    ServletContext servletContext;

    private TemplateEngine engine;
    private JakartaServletWebApplication application;

    @PostConstruct
    void init() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(StaffViewEngine.class.getClassLoader());
        templates.setPrefix("staff/templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        StandardMessageResolver messages = new StandardMessageResolver();
        messages.setDefaultMessages(messages());
        engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(messages);
        application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    private static Properties messages() {
        Properties properties = new Properties();
        try (InputStream in = StaffViewEngine.class.getClassLoader().getResourceAsStream("staff/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public boolean supports(String view) {
        return view.startsWith(PREFIX) && view.endsWith(".html");
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        HttpServletRequest request = context.getRequest(HttpServletRequest.class);
        HttpServletResponse response = context.getResponse(HttpServletResponse.class);
        WebContext web = new WebContext(application.buildExchange(request, response), Locale.ENGLISH,
                context.getModels().asMap());
        try {
            Writer out = new OutputStreamWriter(context.getOutputStream(), StandardCharsets.UTF_8);
            String view = context.getView();
            engine.process(view.substring(PREFIX.length(), view.length() - ".html".length()), web, out);
            out.flush();
        } catch (IOException e) {
            throw new ViewEngineException(e);
        }
    }
}
