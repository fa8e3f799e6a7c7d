package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URI;
import java.util.Optional;

/** Signing staff out (console or partner administration): here (the session) and at Keycloak (its SSO session). */
@RequestScoped
public class StaffSessions {

    public static final String SIGNED_OUT = "/signed-out";

    @Inject
    Instance<OpenIdContext> signOn;

    @Inject
    StaffSignOn config;

    /** Where to send the browser: Keycloak's end-session endpoint, which then returns to our signed-out page. */
    public URI signOut(HttpServletRequest request) {
        Optional<String> idToken = Optional.empty();
        Optional<String> endSession = Optional.empty();
        try {
            OpenIdContext context = signOn.get();
            if (context.getIdentityToken() != null) {
                idToken = Optional.ofNullable(context.getIdentityToken().getToken());
                endSession = Optional.ofNullable(context.getProviderMetadata())
                        .map(m -> m.getString("end_session_endpoint", null));
            }
        } catch (RuntimeException notSignedOnInTheBrowser) {
            // a bearer-token request has no browser session to end
        }
        // The sign-on lives in the session (the mechanism registers it there), so ending the session ends it.
        // request.logout() is not used: the mechanism would answer it with a fresh sign-on redirect of its own.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = origin(request) + request.getContextPath() + SIGNED_OUT;
        if (idToken.isEmpty() || endSession.isEmpty()) {
            return URI.create(back);
        }
        return UriBuilder.fromUri(endSession.get()).queryParam("id_token_hint", idToken.get())
                .queryParam("post_logout_redirect_uri", back).queryParam("client_id", config.getClientId()).build();
    }

    private static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
