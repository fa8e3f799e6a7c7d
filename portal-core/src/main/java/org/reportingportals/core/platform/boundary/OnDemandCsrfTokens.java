package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.mvc.security.Csrf;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;

import java.util.Optional;

/**
 * The pages' CSRF tokens, and a token (and so a cookie) only for pages that carry a form: a signed double-submit
 * token ({@link SignedCsrfTokens}) on citizens' and staff pages alike, so no page needs a session and any instance
 * can check a form another one served. Krazo asks for a token on every controller response; without a form the
 * answer is a placeholder that is never stored and so can never validate anything.
 */
public class OnDemandCsrfTokens implements CsrfTokenStrategy {

    public static final String FIELD = "_csrf";
    private static final String REQUIRED = OnDemandCsrfTokens.class.getName() + ".required";
    private static final String STAND_IN = OnDemandCsrfTokens.class.getName() + ".stand-in";

    /** Called by a controller before rendering a page with a protected form. */
    public static void require(HttpServletRequest request) {
        request.setAttribute(REQUIRED, Boolean.TRUE);
    }

    /**
     * Renders this request's citizen form with {@code standIn} where the token goes, and sets no cookie: for a
     * page that is kept and served again with each visitor's own token put in its place.
     */
    public static void renderWithStandIn(HttpServletRequest request, String standIn) {
        request.setAttribute(STAND_IN, standIn);
    }

    /** For a form that Jakarta MVC does not read (a multipart upload to a servlet): the cookie's token, compared. */
    public static boolean matches(HttpServletRequest request, String submitted) {
        return CDI.current().select(SignedCsrfTokens.class).get().matches(request, submitted);
    }

    @Override
    public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        return signed(request, response, create);
    }

    private static Optional<CsrfToken> signed(HttpServletRequest request, HttpServletResponse response, boolean create) {
        SignedCsrfTokens signed = CDI.current().select(SignedCsrfTokens.class).get();
        if (!create) {
            return signed.current(request).map(OnDemandCsrfTokens::token);
        }
        if (!Boolean.TRUE.equals(request.getAttribute(REQUIRED))) {
            return Optional.of(token("none"));
        }
        if (request.getAttribute(STAND_IN) instanceof String standIn) {
            return Optional.of(token(standIn));
        }
        return Optional.of(token(signed.forResponse(request, response)));
    }

    private static CsrfToken token(String value) {
        return new CsrfToken(Csrf.DEFAULT_CSRF_HEADER_NAME, FIELD, value);
    }
}
