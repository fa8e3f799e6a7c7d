package org.reportingportals.core.console.boundary;

import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.StaffAuthentication;
import org.reportingportals.core.platform.boundary.StaffPages;

import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where a staff sign-on goes when Keycloak cannot be reached: staff areas fail closed (503), on a page that says so
 * and when to try again. Outside the signed-on areas, so it asks for nothing.
 */
@Controller
@Path(StaffAuthentication.SIGN_ON_UNAVAILABLE_PATH)
@PageResource
public class SignOnUnavailablePage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response signOnUnavailable() {
        return Response.fromResponse(StaffPages.view(503, "sign-on-unavailable.html"))
                .header("Retry-After", StaffAuthentication.SIGN_ON_RETRY_SECONDS).build();
    }
}
