package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.security.CsrfValidationException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reportingportals.core.platform.control.DoubleSubmitTokens;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * CSRF protection without a session (citizens' and staff forms): a signed double-submit token
 * in the cookie {@value #COOKIE} and the same value in the form's field. No server state, so a form page can be
 * served from a cache with a fresh token spliced in, and any instance can check a form another one served.
 *
 * <p>The cookie is host-only ({@code __Host-} forces {@code Path=/}, {@code Secure}, no {@code Domain}),
 * {@code HttpOnly} and {@code SameSite=Strict}: a cross-site post does not even carry it. Browsers keep Secure
 * cookies on {@code http://localhost} too, so development needs no exception.
 */
@ApplicationScoped
public class SignedCsrfTokens {

    public static final String COOKIE = "__Host-csrf";
    private static final String ISSUED = SignedCsrfTokens.class.getName() + ".issued";

    @Inject
    DoubleSubmitTokens tokens;

    @Inject
    Clock clock;

    /**
     * The token this response carries: the one already chosen for this request, else the visitor's cookie while
     * it has life left, else a new one, set as the cookie on {@code response}.
     */
    public String forResponse(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ISSUED) instanceof String issued) {
            return issued;
        }
        String token = cookie(request).filter(t -> tokens.isReusable(t, clock.instant())).orElseGet(() -> {
            String fresh = tokens.issue(clock.instant());
            response.addHeader("Set-Cookie", COOKIE + "=" + fresh + "; Path=/; Max-Age="
                    + DoubleSubmitTokens.LIFETIME.toSeconds() + "; Secure; HttpOnly; SameSite=Strict");
            return fresh;
        });
        request.setAttribute(ISSUED, token);
        return token;
    }

    /** The visitor's cookie token if it is genuine and unexpired. */
    public Optional<String> current(HttpServletRequest request) {
        return cookie(request).filter(t -> tokens.isGenuine(t, clock.instant()));
    }

    /**
     * Refuses a form whose field does not carry the cookie's genuine, unexpired token, with the exception the
     * pages already answer with their localised "this form has expired" page (403).
     */
    public void verify(HttpServletRequest request, String field) {
        if (!matches(request, field)) {
            throw new CsrfValidationException("the form's CSRF token is missing, expired or not this browser's");
        }
    }

    /** True when the field carries the cookie's genuine, unexpired token. */
    public boolean matches(HttpServletRequest request, String field) {
        return tokens.accepts(cookie(request).orElse(null), field, clock.instant());
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
