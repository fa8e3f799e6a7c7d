package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.reportingportals.core.platform.entity.StaffPass;

import java.net.URI;
import java.util.Optional;

/** Signing staff out (console or partner administration): here (the browser's pass) and at Keycloak (its SSO session). */
@RequestScoped
public class StaffSessions {

    public static final String SIGNED_OUT_PATH = "signed-out";
    public static final String SIGNED_OUT = "/" + SIGNED_OUT_PATH;

    @Inject
    StaffSignOn config;

    /**
     * Removes the pass from the browser and sends it to Keycloak's end-session endpoint, which then returns to our
     * signed-out page. {@code request.logout()} is not used: the mechanism would answer it with a fresh
     * sign-on redirect of its own.
     */
    public Response signOut(HttpServletRequest request) {
        Optional<StaffPass> pass = request.getUserPrincipal() instanceof StaffPrincipal staff
                ? Optional.of(staff.pass()) : Optional.empty();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = origin(request) + request.getContextPath() + SIGNED_OUT;
        if (pass.isEmpty() || pass.get().endSession().isEmpty()) {
            // a bearer-token request has no browser sign-on to end
            return away(URI.create(back));
        }
        return away(UriBuilder.fromUri(pass.get().endSession().get()).queryParam("id_token_hint", pass.get().idToken())
                .queryParam("post_logout_redirect_uri", back).queryParam("client_id", config.getClientId()).build());
    }

    private static Response away(URI to) {
        return Response.seeOther(to).header("Cache-Control", "no-store")
                .header("Set-Cookie", StaffAuthentication.FORGET_PASS).build();
    }

    private static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
