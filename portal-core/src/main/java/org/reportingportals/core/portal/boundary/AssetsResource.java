package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.platform.boundary.PageResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.portal.control.CompressedAssets;
import org.reportingportals.themes.assets.control.ThemeAssets;

import java.util.Arrays;
import java.util.Locale;

/**
 * {@code /assets/<name>.<hash>.<ext>}: theme files by fingerprint, immutable for a year, gzipped (once, ahead
 * of the first request for them) for clients that accept it. The fingerprint is the ETag. Unknown names are 404;
 * nothing outside the registered assets can be named.
 */
@Path("assets")
@PageResource
public class AssetsResource {

    @Inject
    ThemeAssets assets;

    @Inject
    CompressedAssets compressed;

    @GET
    @Path("{name: [a-z0-9.-]{1,80}}")
    public Response asset(@PathParam("name") String name, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return assets.byFingerprint(name).map(compressed::of).map(file -> {
            String etag = "\"" + name + "\"";
            boolean gzip = file.gzip().isPresent() && acceptsGzip(acceptEncoding);
            Response.ResponseBuilder answer = etag.equals(ifNoneMatch) ? Response.notModified()
                    : Response.ok(gzip ? file.gzip().get() : file.plain(), file.mediaType());
            if (gzip) {
                answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'self'")
                    .build();
        }).orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("not found").build());
    }

    /** {@code gzip} listed without {@code q=0}; {@code *} is not taken to include it (some proxies mean identity). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        return Arrays.stream(acceptEncoding.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .anyMatch(coding -> {
                    String[] parts = coding.split(";");
                    if (!parts[0].strip().equals("gzip")) {
                        return false;
                    }
                    for (int i = 1; i < parts.length; i++) {
                        String p = parts[i].strip().replace(" ", "");
                        if (p.startsWith("q=") && p.substring(2).matches("0(\\.0{0,3})?")) {
                            return false;
                        }
                    }
                    return true;
                });
    }
}
