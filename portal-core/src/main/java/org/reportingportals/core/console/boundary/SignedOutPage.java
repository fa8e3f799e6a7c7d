package org.reportingportals.core.console.boundary;

import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.StaffViewEngine;

import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.krazo.engine.Viewable;

/** Where Keycloak returns the browser after signing out: outside the console, so it asks for nothing. */
@Controller
@Path("signed-out")
@PageResource
public class SignedOutPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response signedOut() {
        return Response.ok(new Viewable(StaffViewEngine.PREFIX + "signed-out.html"))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }
}
