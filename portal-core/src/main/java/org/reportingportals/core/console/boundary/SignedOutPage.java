package org.reportingportals.core.console.boundary;

import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.StaffPages;
import org.reportingportals.core.platform.boundary.StaffSessions;

import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where Keycloak returns the browser after signing out: outside the console, so it asks for nothing. */
@Controller
@Path(StaffSessions.SIGNED_OUT_PATH)
@PageResource
public class SignedOutPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response signedOut() {
        return StaffPages.view(200, "signed-out.html");
    }
}
