package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;

import org.reportingportals.core.platform.boundary.PageResource;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.krazo.engine.Viewable;
import org.reportingportals.core.portal.control.PortalSite;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Optional;

/** Error pages of the portal, in the page's language where it is known. */
public final class PageErrors {

    private PageErrors() {
    }

    private static Response page(int status, PageModels models, String message) {
        models.message(message);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(new Viewable("message.html")).build();
    }

    /** A form sent without a valid token (expired session, cross-site post): 403 with a way back. */
    @Provider
    @ApplicationScoped
    @PageResource
    public static class CsrfFailures implements ExceptionMapper<CsrfValidationException> {

        @Inject
        PageModels models;

        @Inject
        PortalSite site;

        @Inject
        Tenants tenants;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(CsrfValidationException e) {
            Optional<Tenant> tenant = Optional.ofNullable(uri.getPathParameters().getFirst("tenant")).flatMap(tenants::shown);
            Optional<ULocale> locale = tenant.flatMap(t -> Optional.ofNullable(uri.getPathParameters().getFirst("lang"))
                    .flatMap(lang -> site.pageLocale(t, lang)));
            if (tenant.isPresent() && locale.isPresent()) {
                models.tenantPage(tenant.get(), locale.get(), "expired");
            } else {
                models.platformPage("expired");
            }
            return page(403, models, "portal.error.expired");
        }
    }

    /** Unknown tenant, language or page: a 404 page in the visitor's language, never another tenant's. */
    @Provider
    @ApplicationScoped
    @PageResource
    public static class NotFound implements ExceptionMapper<PageNotFound> {

        @Inject
        PageModels models;

        @Override
        public Response toResponse(PageNotFound e) {
            models.platformPage("not-found");
            return page(404, models, "portal.error.not-found");
        }
    }
}
