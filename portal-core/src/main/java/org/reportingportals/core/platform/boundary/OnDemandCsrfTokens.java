package org.reportingportals.core.platform.boundary;

import jakarta.mvc.security.Csrf;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF tokens kept in the session, but a session (and so a cookie) only for pages that carry a form.
 * Krazo asks for a token on every controller response; without a form the answer is a placeholder that is
 * never stored and so can never validate anything.
 */
public class OnDemandCsrfTokens implements CsrfTokenStrategy {

    public static final String FIELD = "_csrf";
    private static final String SESSION_KEY = OnDemandCsrfTokens.class.getName() + ".token";
    private static final String REQUIRED = OnDemandCsrfTokens.class.getName() + ".required";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Called by a controller before rendering a page with a protected form. */
    public static void require(HttpServletRequest request) {
        request.setAttribute(REQUIRED, Boolean.TRUE);
    }

    /** For a form that Jakarta MVC does not read (a multipart upload to a servlet): the session's token, compared. */
    public static boolean matches(HttpServletRequest request, String submitted) {
        HttpSession session = request.getSession(false);
        return submitted != null && session != null && session.getAttribute(SESSION_KEY) instanceof CsrfToken token
                && java.security.MessageDigest.isEqual(token.getValue().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        submitted.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof CsrfToken token) {
            return Optional.of(token);
        }
        if (!create) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(request.getAttribute(REQUIRED))) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            CsrfToken token = new CsrfToken(Csrf.DEFAULT_CSRF_HEADER_NAME, FIELD,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            request.getSession(true).setAttribute(SESSION_KEY, token);
            return Optional.of(token);
        }
        return Optional.of(new CsrfToken(Csrf.DEFAULT_CSRF_HEADER_NAME, FIELD, "none"));
    }
}
