package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;

import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.UnexpectedExceptionMapper;
import org.reportingportals.core.platform.control.DatabaseOutages;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.ws.rs.WebApplicationException;
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
import java.util.UUID;
import java.util.logging.Logger;

/** Error pages of the portal, in the page's language where it is known. */
public final class PageErrors {

    private PageErrors() {
    }

    private static Response page(int status, PageModels models, String message) {
        models.message(message);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(new Viewable("message.html")).build();
    }

    /**
     * A form sent without a valid token (expired session, cross-site post), or one the browser says another
     * website sent ({@link CrossSiteForm}): 403 with a way back.
     */
    @Provider
    @ApplicationScoped
    @PageResource
    public static class CsrfFailures extends InPagesLanguage implements ExceptionMapper<CsrfValidationException> {

        @Override
        public Response toResponse(CsrfValidationException e) {
            String id = e instanceof CrossSiteForm ? "cross-site" : "expired";
            messagePage(id);
            return page(403, models, "portal.error." + id);
        }
    }

    /** A form post refused before it was read ({@link FormRequests}): its status, with a way back. */
    @Provider
    @ApplicationScoped
    @PageResource
    public static class FormRefusals extends InPagesLanguage implements ExceptionMapper<FormRefused> {

        @Override
        public Response toResponse(FormRefused e) {
            messagePage(e.messageId());
            return page(e.status(), models, "portal.error." + e.messageId());
        }
    }

    /** A mapper whose message page is in the tenant's page language when the path names both, else the platform's. */
    abstract static class InPagesLanguage {

        @Inject
        PageModels models;

        @Inject
        PortalSite site;

        @Inject
        Tenants tenants;

        @Context
        UriInfo uri;

        void messagePage(String id) {
            Optional<Tenant> tenant = pathPart("tenant", 0).flatMap(tenants::shown);
            Optional<ULocale> locale = tenant.flatMap(t -> pathPart("lang", 1).flatMap(lang -> site.pageLocale(t, lang)));
            if (tenant.isPresent() && locale.isPresent()) {
                models.tenantPage(tenant.get(), locale.get(), id);
            } else {
                models.platformPage(id);
            }
        }

        /** A path parameter, or for a request refused before matching (a pre-matching filter) that path segment. */
        private Optional<String> pathPart(String name, int segment) {
            String matched = uri.getPathParameters().getFirst(name);
            if (matched != null || uri.getPathSegments().size() <= segment) {
                return Optional.ofNullable(matched);
            }
            return Optional.of(uri.getPathSegments().get(segment).getPath());
        }
    }

    /**
     * Whatever else escapes a page: a database out of reach is a 503 page with {@code Retry-After} (nothing was
     * saved; try again shortly); anything else a 500 page, logged with an incident id and the exception types only,
     * never their messages (a constraint violation's message can carry row values, so report content). A
     * {@code WebApplicationException} keeps the answer it carries.
     */
    @Provider
    @ApplicationScoped
    @PageResource
    public static class Unexpected extends InPagesLanguage implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable fault) {
            if (fault instanceof WebApplicationException answered) {
                return answered.getResponse();
            }
            if (DatabaseOutages.isOutage(fault)) {
                LOG.warning(() -> "database unavailable: " + UnexpectedExceptionMapper.causes(fault));
                messagePage("unavailable");
                return Response.fromResponse(page(503, models, "portal.error.unavailable"))
                        .header("Retry-After", DatabaseOutages.RETRY_AFTER_SECONDS).build();
            }
            String incident = UUID.randomUUID().toString();
            LOG.severe(() -> "incident " + incident + ": " + UnexpectedExceptionMapper.describeWithoutMessages(fault));
            messagePage("server");
            models.incident(incident);
            return Response.fromResponse(page(500, models, "portal.error.server")).header("X-Incident-Id", incident).build();
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
