package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.platform.boundary.PageResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.reportingportals.themes.assets.control.ThemeAssets;

/**
 * {@code /assets/<name>.<hash>.<ext>}: theme files by fingerprint, immutable for a year. Unknown names are 404;
 * nothing outside the registered assets can be named.
 */
@Path("assets")
@PageResource
public class AssetsResource {

    @Inject
    ThemeAssets assets;

    @GET
    @Path("{name: [a-z0-9.-]{1,80}}")
    public Response asset(@PathParam("name") String name) {
        return assets.byFingerprint(name)
                .map(a -> Response.ok(a.content(), a.mediaType())
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'self'")
                        .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("not found").build());
    }
}
