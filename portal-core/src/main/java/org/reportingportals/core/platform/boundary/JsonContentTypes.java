package org.reportingportals.core.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.platform.control.JsonMediaType;
import org.reportingportals.core.platform.control.PlatformLocales;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 415 for every API request whose body is not declared as JSON in UTF-8 ({@link JsonMediaType}), including one
 * with a body and no {@code Content-Type} at all. A servlet filter, not a JAX-RS one: Jersey parses the header
 * before its first filter runs and answers a value it cannot parse ({@code ;;;}) with the container's own
 * 400 page, so the header is judged here, as text, before Jersey sees it. A request with neither a body nor
 * a type (a claim) passes.
 */
public class JsonContentTypes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Problems problems;

    @Inject
    PlatformLocales locales;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> types = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        boolean acceptable = types.isEmpty() ? !hasBody(request)
                : types.size() == 1 && JsonMediaType.isJsonInUtf8(types.get(0));
        if (acceptable) {
            chain.doFilter(request, response);
            return;
        }
        Response problem = problems.render(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                Optional.of(locales.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))), null,
                Map.of("mediaType", MediaType.APPLICATION_JSON, "limit", RequestLimits.MAX_BODY_BYTES), List.of());
        response.setStatus(problem.getStatus());
        problem.getStringHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.getOutputStream().write(((String) problem.getEntity()).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasBody(HttpServletRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.strip().equals("0")) || request.getHeader("Transfer-Encoding") != null;
    }
}
