package org.reportingportals.core.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import com.ibm.icu.util.ULocale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reportingportals.core.platform.control.PlatformLocales;
import org.reportingportals.core.platform.control.VerifiedTokens;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.i18n.messages.control.MessageCatalog;

import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the WAR, choosing per request between the two the platform uses:
 * browser sign-on ({@link StaffSignOn}, OpenID Connect) for the staff pages under {@code /console} and
 * {@code /admin}, and MP-JWT bearer tokens for everything else (the JSON API). Jakarta Security 3.0 allows a
 * single mechanism per application, and both MP-JWT ({@code @LoginConfig}) and the OIDC definition register
 * one, so this {@code @Alternative} takes their place and delegates.
 *
 * <p>Around the OpenID Connect mechanism it adds PKCE ({@link Pkce}) and renews the session id after sign-on.
 *
 * <p>A staff page requested with an {@code Authorization: Bearer} header is authenticated by the token, as
 * the API would be: scripts and tests can read the console without a browser session, and such a request
 * cannot be forged cross-site (a browser never adds that header by itself).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(StaffAuthentication.class.getName());
    private static final String OIDC_TYPE = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    private static final String JWT_TYPE = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    @Inject
    BeanManager beans;

    @Inject
    MessageCatalog catalog;

    @Inject
    PlatformLocales locales;

    @Inject
    Clock clock;

    /** Tokens verified once are not verified again on every request (see {@link VerifiedTokens}). */
    private final VerifiedTokens verifiedTokens = new VerifiedTokens(10_000);

    private volatile HttpAuthenticationMechanism browser;
    private volatile HttpAuthenticationMechanism bearer;

    /** True for the paths that sign staff on in the browser. */
    public static boolean isStaffPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/console") || path.startsWith("/console/") || path.equals("/admin")
                || path.startsWith("/admin/");
    }

    /** Neither a staff page nor the API, and no credentials: a citizen's page, an asset, the health check. */
    private static boolean isAnonymousPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !isStaffPage(request) && !path.startsWith("/api/") && request.getHeader("Authorization") == null;
    }

    private static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private HttpAuthenticationMechanism choose(HttpServletRequest request) {
        resolve();
        return isStaffPage(request) && !hasBearer(request) ? browser : bearer;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (isAnonymousPublic(request)) {
            // what MP-JWT answers without a token, said here: Payara's mechanism looks itself up through
            // CDI.current() on every call, which on GlassFish walks the caller's stack, the largest cost of a
            // citizen's page served from memory after Soteria's own lookups (thread dumps under wrk)
            return context.doNothing();
        }
        HttpAuthenticationMechanism mechanism = choose(request);
        if (mechanism != browser) {
            // a rejected token is answered by the mechanism with a bare 401: make it the API's problem document
            HttpServletResponse problems = unauthorizedAsProblem(request, response);
            context.setResponse(problems);
            return bearer(request, problems, context, mechanism);
        }
        try {
            if (!carriesCode(request)) {
                // the mechanism redirects through the argument or through the context, depending on the path taken
                HttpServletResponse challenging = Pkce.challengeOnRedirect(response, () -> request.getSession(true));
                context.setResponse(challenging);
                return mechanism.validateRequest(request, challenging, context);
            }
            String state = Pkce.parameter("?" + request.getQueryString(), "state").orElse("");
            if (request.getSession(false) != null) {
                // a fresh session id for the signed-on session: an id planted before the login is worthless after
                // it. Renewed before the exchange, because the container binds the login to the id it sees then.
                request.changeSessionId();
            }
            return Pkce.withVerifier(request.getSession(false), state,
                    () -> mechanism.validateRequest(request, response, context));
        } catch (RuntimeException providerUnreachable) {
            // the mechanism throws when it cannot read the provider's metadata or keys: a 503, not a 500 page
            LOG.log(Level.WARNING, "staff sign-on unavailable ({0})", providerUnreachable.getClass().getSimpleName());
            try {
                response.setHeader("Retry-After", "30");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Sign-on is unavailable; try again shortly.");
            } catch (java.io.IOException | IllegalStateException committed) {
                // nothing more can be said on this response
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                        HttpAuthenticationMechanism mechanism) throws AuthenticationException {
        Optional<String> token = bearerToken(request);
        Instant now = clock.instant();
        Optional<VerifiedTokens.Verified> known = token.flatMap(t -> verifiedTokens.find(t, now));
        if (known.isPresent()) {
            return context.notifyContainerAboutLogin(known.get().caller(), known.get().groups());
        }
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS && token.isPresent()
                && context.getCallerPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verifiedTokens.remember(token.get(), new VerifiedTokens.Verified(jwt, context.getGroups(),
                    Instant.ofEpochSecond(jwt.getExpirationTime())), now);
        }
        return status;
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return hasBearer(request) ? Optional.of(header.substring(7).trim()).filter(t -> !t.isEmpty()) : Optional.empty();
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return choose(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        choose(request).cleanSubject(request, response, context);
    }

    private HttpServletResponse unauthorizedAsProblem(HttpServletRequest request, HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (status != SC_UNAUTHORIZED || isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                ULocale locale = locales.negotiate(request.getHeader("Accept-Language"));
                ProblemType type = ProblemType.UNAUTHORIZED;
                String body = JsonBodies.JSON.createObjectBuilder().add("type", type.uri())
                        .add("title", catalog.format(locale, type.titleKey()))
                        .add("status", type.status())
                        .add("detail", catalog.format(locale, type.detailKey().orElseThrow()))
                        .build().toString();
                setStatus(SC_UNAUTHORIZED);
                setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
                setHeader("Content-Language", locale.toLanguageTag());
                setHeader("Cache-Control", "no-store");
                setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                getWriter().write(body);
                flushBuffer();
            }
        };
    }

    /** The request on which the mechanism trades the provider's code for tokens (query string only: no body read). */
    private static boolean carriesCode(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod()) && query != null && query.contains("state=") && query.contains("code=");
    }

    private void resolve() {
        if (browser != null && bearer != null) {
            return;
        }
        HttpAuthenticationMechanism oidc = null;
        HttpAuthenticationMechanism jwt = null;
        List<String> seen = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass() == StaffAuthentication.class) {
                continue;
            }
            List<String> types = bean.getTypes().stream().map(Type::getTypeName).toList();
            seen.add(bean.getBeanClass().getName() + types);
            HttpAuthenticationMechanism reference = (HttpAuthenticationMechanism) beans.getReference(bean,
                    HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            if (types.contains(JWT_TYPE)) {
                jwt = reference;
            } else if (types.contains(OIDC_TYPE) || isOidcProducer(bean)) {
                oidc = reference;
            }
        }
        if (oidc == null || jwt == null) {
            throw new IllegalStateException("expected the OpenID Connect and the MP-JWT mechanisms, found " + seen);
        }
        browser = oidc;
        bearer = jwt;
    }

    /** Soteria registers the OIDC mechanism as a synthetic bean typed only as the interface. */
    private static boolean isOidcProducer(Bean<?> bean) {
        return bean.getTypes().stream().noneMatch(t -> t.getTypeName().startsWith("fish.payara"))
                && !bean.getBeanClass().getName().startsWith("fish.payara");
    }
}
