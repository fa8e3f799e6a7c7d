package org.reportingportals.core.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.krazo.engine.Viewable;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.tenancy.boundary.TenantHosts;

/**
 * The page for a request {@link TenantHosts} refused because of its Host: 400 for two Hosts or one that is no host
 * name, the pages' 404 for a host no portal has; in the visitor's language, since no tenant can be trusted from such a
 * request. Reached only by that filter's forward; asked for directly it is a page that does not exist.
 */
@Controller
@RequestScoped
@Path(TenantHosts.REFUSAL_PAGE)
@Produces(MediaType.TEXT_HTML)
@PageResource
public class HostRefusalPages {

    @Inject
    PageModels models;

    @Inject
    HttpServletRequest request;

    @GET
    public Response refused() {
        if (TenantHosts.refusal(request) != Response.Status.BAD_REQUEST.getStatusCode()) {
            throw new PageNotFound();
        }
        models.platformPage("bad-request");
        models.message("portal.error.bad-request");
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(new Viewable("message.html")).build();
    }
}
