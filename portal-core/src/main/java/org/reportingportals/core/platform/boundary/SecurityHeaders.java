package org.reportingportals.core.platform.boundary;

import jakarta.inject.Inject;
import org.reportingportals.core.platform.entity.OidcSettings;
import jakarta.servlet.FilterChain;
import org.reportingportals.core.platform.boundary.StaffAuthentication;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers every response carries, set before anything renders so error pages have them too: a strict CSP
 * (nothing from another origin, no inline script or style, no framing), no referrer, no sniffing.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    /** Staff pages sign out through a form whose answer redirects to the provider, which form-action governs. */
    private String staffCsp;

    @Inject
    OidcSettings oidc;

    @Override
    public void init() {
        staffCsp = CSP.replace("form-action 'self'", "form-action 'self' " + oidc.origin());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", StaffAuthentication.isStaffPage(request) ? staffCsp : CSP);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        chain.doFilter(request, response);
    }
}
