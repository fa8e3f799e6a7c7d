package org.reportingportals.core.portal.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A page request whose {@code Content-Type} cannot be parsed as a media type at all (an empty value, {@code ;;;},
 * a parameter without a value) reaches Jersey as {@value #UNREADABLE}: Jersey parses the header before any filter
 * of ours and would answer the container's plain 400. With a type it can parse, {@link FormRequests} refuses a
 * citizen's form with its localised 415 page, and a staff page's resource refuses a type it does not consume. The
 * value sent is never used for anything else: a request carrying it is never accepted. The API has its own check
 * ({@code JsonContentTypes}, 415 problem documents).
 */
public class PageContentTypes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What an unparsable type is replaced with: a well-formed type no resource consumes. */
    static final String UNREADABLE = "application/x-unreadable-content-type";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> types = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api || types.stream().allMatch(PageContentTypes::parsable)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return UNREADABLE;
            }

            @Override
            public String getHeader(String name) {
                return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? UNREADABLE : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(List.of(UNREADABLE))
                        : super.getHeaders(name);
            }
        }, response);
    }

    /** Whether Jersey's own parser reads this value as a media type. */
    static boolean parsable(String type) {
        if (type == null || type.isBlank()) {
            return false;
        }
        try {
            MediaType.valueOf(type);
            return true;
        } catch (RuntimeException unparsable) { // IllegalArgumentException, or Jersey's ProcessingException
            return false;
        }
    }
}
