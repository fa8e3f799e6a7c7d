package org.reportingportals.core.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.assessment.boundary.Takedowns;
import org.reportingportals.core.platform.boundary.PageResource;

/** Open notice-and-takedowns, oldest first, each closed when an analyst confirms the page is gone. */
@Controller
@RequestScoped
@Path("console/takedowns")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class TakedownPages {

    @Inject
    ConsoleScreens screens;

    @Inject
    Takedowns takedowns;

    @GET
    public Response takedowns(@QueryParam("notice") String notice) {
        screens.page("takedowns", notice);
        screens.models().put("takedowns", takedowns.open(ConsoleScreens.LIST_LIMIT));
        return screens.view(200, "takedowns.html");
    }

    @POST
    @Path("{id}/removal")
    @CsrfProtected
    public Response takedownRemoved(@PathParam("id") String id) {
        boolean closed = ConsoleScreens.uuid(id).flatMap(t -> takedowns.confirmRemoved(t, screens.analyst())).isPresent();
        return screens.seeOther("/console/takedowns?notice=" + (closed ? "takedown-closed" : "not-found"));
    }
}
