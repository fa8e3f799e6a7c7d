package org.reportingportals.core.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.krazo.engine.Viewable;

import java.net.URI;

/** The two answers every staff screen gives: a page, never cached, or a redirect after a post. */
public final class StaffPages {

    private StaffPages() {
    }

    /** A staff page: {@code name} is its template under {@code staff/templates/}, e.g. {@code console/queue.html}. */
    public static Response view(int status, String name) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(new Viewable(StaffViewEngine.PREFIX + name)).build();
    }

    /** Post, redirect, get: {@code path} is below the application's context path. */
    public static Response seeOther(HttpServletRequest request, String path) {
        return Response.seeOther(URI.create(request.getContextPath() + path)).header("Cache-Control", "no-store").build();
    }
}
