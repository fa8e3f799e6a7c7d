package org.reportingportals.core.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bounds every request body before anything parses it: a declared length over the limit is refused at
 * once; an undeclared (chunked) body is read up to the limit and refused if it goes beyond. A request already
 * refused by a servlet filter and forwarded to its refusal page ({@link #BODY_NOT_READ}) is not judged again: its
 * body is never read, and its answer is that refusal, not a 413.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApiResource
@PageResource
public class RequestLimits implements ContainerRequestFilter {

    /** 64 KiB: ten long URLs and a long description fit many times over. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** A request attribute: set by a filter that has refused the request and forwards it to a page that never reads its body. */
    public static final String BODY_NOT_READ = RequestLimits.class.getName() + ".bodyNotRead";

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (servletRequest != null && servletRequest.getAttribute(BODY_NOT_READ) != null) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (declaredLength(declared) > MAX_BODY_BYTES) {
                request.abortWith(tooLarge());
            }
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        InputStream body = request.getEntityStream();
        byte[] read = body.readNBytes(MAX_BODY_BYTES + 1);
        if (read.length > MAX_BODY_BYTES) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(read));
    }

    /** A {@code Content-Length} as a number; one that is not a number counts as too large. */
    public static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private jakarta.ws.rs.core.Response tooLarge() {
        return problems.render(ProblemType.TOO_LARGE, Optional.empty(), headers,
                Map.of("limit", MAX_BODY_BYTES), List.of());
    }
}
