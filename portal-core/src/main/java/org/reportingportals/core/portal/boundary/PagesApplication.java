package org.reportingportals.core.portal.boundary;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.reportingportals.core.console.boundary.ConsoleAssets;
import org.reportingportals.core.console.boundary.ConsolePages;
import org.reportingportals.core.console.boundary.SignedOutPage;
import org.reportingportals.core.partner.boundary.AdminPages;
import org.reportingportals.core.platform.boundary.RequestLimits;

import java.util.Map;
import java.util.Set;

/** The public pages at {@code /} and the analyst console at {@code /console}; the JSON API keeps {@code /api/v1} (the longer servlet path wins). */
@ApplicationPath("/")
public class PagesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        // the same 64 KiB body limit as the API: a form post is read before Jakarta MVC binds it
        return Set.of(PortalPages.class, ConsolePages.class, AdminPages.class, ConsoleAssets.class, SignedOutPage.class, AssetsResource.class, PreviewResponses.class, PageErrors.CsrfFailures.class,
                PageErrors.NotFound.class, RequestLimits.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.EXPLICIT,
                "org.eclipse.krazo.csrfTokenStrategy", new OnDemandCsrfTokens());
    }
}
