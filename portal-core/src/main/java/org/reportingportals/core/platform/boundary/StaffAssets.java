package org.reportingportals.core.platform.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/** The staff pages' stylesheet and their one script, same-origin; public, as they hold nothing but layout. */
@Path("staff-assets")
@PageResource
public class StaffAssets {

    @GET
    @Path("{name: console\\.(css|js)}")
    public Response asset(@PathParam("name") String name) {
        InputStream in = StaffAssets.class.getClassLoader().getResourceAsStream("staff/static/" + name);
        if (in == null) {
            throw new NotFoundException();
        }
        return Response.ok(in, name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
