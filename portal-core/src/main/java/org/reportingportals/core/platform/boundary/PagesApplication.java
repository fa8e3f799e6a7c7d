package org.reportingportals.core.platform.boundary;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import java.util.Set;

/** The public pages at {@code /} and the analyst console at {@code /console}; the JSON API keeps {@code /api/v1} (the longer servlet path wins). */
@ApplicationPath("/")
public class PagesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Resources.carrying(PageResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(Resources.WADL_DISABLED, true, Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.EXPLICIT,
                "org.eclipse.krazo.csrfTokenStrategy", new OnDemandCsrfTokens());
    }
}
