package org.reportingportals.core.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * 404 for any {@code application.wadl}: our applications turn Jersey's WADL off ({@link Resources#WADL_DISABLED}),
 * but Payara's own JAX-RS applications in this context ({@code /openapi}) still generate one, naming the Jersey
 * build. Their requests pass through this WAR's filters, so the path is refused here.
 */
public class NoWadl extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().contains("application.wadl")) {
            // not sendError: the container's own error page would name the server
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        chain.doFilter(request, response);
    }
}
