package org.reportingportals.core.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.IOException;

/**
 * {@code /metrics} is for the platform team only: a bearer token with role {@code platform-admin}. Without a
 * token 401, with another role (an analyst, a partner) 403. Payara serves {@code /metrics} itself, outside our
 * JAX-RS applications, but in this WAR's context: its requests pass the authentication mechanism (a bearer token
 * is verified as for the API) and then this filter. A role rather than a management port: Payara Micro has one HTTP
 * listener, and a second one would have to be kept from the Ingress, the NetworkPolicy and HAProxy by every
 * operator, where a role cannot be forgotten. The health checks stay public for the probes and the load balancer.
 */
public class MetricsAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Problems problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(ProblemType.UNAUTHORIZED, request, response);
            return;
        }
        if (!request.isUserInRole(Roles.PLATFORM_ADMIN)) {
            problems.write(ProblemType.FORBIDDEN, request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
