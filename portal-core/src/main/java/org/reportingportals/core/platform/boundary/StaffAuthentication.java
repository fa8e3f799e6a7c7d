package org.reportingportals.core.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.reportingportals.core.platform.control.ProviderReachability;
import org.reportingportals.core.platform.control.StaffPasses;
import org.reportingportals.core.platform.entity.StaffPass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * <p>Around the OpenID Connect mechanism it adds PKCE ({@link Pkce}) and keeps staff signed on without a session:
 * the sign-on's state waits for the provider's callback in a sealed cookie, and a signed-on staff member carries a
 * sealed {@link StaffPass} ({@link StaffPasses}), so every instance can serve every staff request and none keeps
 * anything of a sign-on in memory.
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

    /** The staff member's sign-on, sealed; it takes the place of a session. */
    public static final String PASS_COOKIE = "__Host-staff";
    private static final String SIGN_ON_COOKIE = "__Host-sign-on";
    /** The page that says sign-on cannot be reached, and how soon to try again. */
    public static final String SIGN_ON_UNAVAILABLE_PATH = "sign-on-unavailable";
    public static final String SIGN_ON_RETRY_SECONDS = "30";

    @Inject
    StaffPasses passes;

    @Inject
    ProviderReachability provider;

    @Inject
    Instance<OpenIdContext> signOn;

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
        Instant now = clock.instant();
        Optional<StaffPass> pass = cookie(request, PASS_COOKIE).flatMap(c -> passes.open(c, now));
        if (pass.isPresent()) {
            StaffPass seen = pass.get();
            if (passes.renewalDue(seen, now)) {
                seen = seen.seen(now);
                setCookie(response, PASS_COOKIE, passes.seal(seen), Optional.empty());
            }
            return context.notifyContainerAboutLogin(new StaffPrincipal(seen), seen.groups());
        }
        try {
            if (!carriesCode(request)) {
                if (!provider.reachable()) {
                    throw new IllegalStateException("the sign-on provider does not answer");
                }
                // the mechanism redirects through the argument or through the context, depending on the path taken;
                // the state and the PKCE verifier wait for the callback in a sealed cookie, not in a session
                String target = target(request);
                HttpServletResponse challenging = Pkce.challengeOnRedirect(response, (state, verifier) ->
                        setCookie(response, SIGN_ON_COOKIE, passes.seal(new StaffPasses.PendingSignOn(state, verifier, target), now),
                                Optional.of(StaffPasses.SIGN_ON_LIFETIME.toSeconds())));
                context.setResponse(challenging);
                return mechanism.validateRequest(request, challenging, context);
            }
            return callback(request, response, context, mechanism, now);
        } catch (RuntimeException | IOException providerUnreachable) {
            // the mechanism throws when it cannot read the provider's metadata or keys: a 503, not a 500 page
            LOG.log(Level.WARNING, "staff sign-on unavailable ({0})", providerUnreachable.getClass().getSimpleName());
            // fail closed, on a page that says why (a redirect: a mechanism cannot render one of our pages itself)
            try {
                response.setHeader("Retry-After", SIGN_ON_RETRY_SECONDS);
                response.sendRedirect(request.getContextPath() + "/" + SIGN_ON_UNAVAILABLE_PATH);
            } catch (java.io.IOException | IllegalStateException committed) {
                // nothing more can be said on this response
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * The provider's answer: the code is traded for tokens (by the mechanism, with the verifier from the sealed
     * sign-on cookie), and a signed-on staff member leaves with a sealed pass instead of a session, back on the
     * page they asked for. Whatever the mechanism kept in a session on this instance is dropped: nothing of the
     * sign-on stays here, so the next request may go to any instance.
     */
    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                          HttpAuthenticationMechanism mechanism, Instant now)
            throws AuthenticationException, IOException {
        String state = Pkce.parameter("?" + request.getQueryString(), "state").orElse("");
        Optional<StaffPasses.PendingSignOn> pending = cookie(request, SIGN_ON_COOKIE).flatMap(c -> passes.openSignOn(c, now))
                .filter(p -> MessageDigest.isEqual(p.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8)));
        if (pending.isEmpty()) {
            // a callback this browser did not start here, or one that took too long: start again
            clearCookie(response, SIGN_ON_COOKIE);
            response.sendRedirect(request.getContextPath() + home(request));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        AuthenticationStatus status = Pkce.withVerifier(Optional.of(pending.get().verifier()),
                () -> mechanism.validateRequest(request, response, context));
        clearCookie(response, SIGN_ON_COOKIE);
        if (status != AuthenticationStatus.SUCCESS) {
            return status;
        }
        OpenIdContext signedOn = signOn.get();
        var claims = signedOn.getIdentityToken().getJwtClaims();
        String username = claims.getStringClaim("preferred_username").orElse(signedOn.getSubject());
        StaffPass issued = new StaffPass(claims.getIssuer().orElseThrow(), signedOn.getSubject(), username,
                claims.getStringClaim("name").filter(n -> !n.isBlank()).orElse(username), context.getGroups(),
                claims.getStringClaim("tenant"), signedOn.getIdentityToken().getToken(),
                Optional.ofNullable(signedOn.getProviderMetadata()).map(m -> m.getString("end_session_endpoint", null)),
                now, now);
        setCookie(response, PASS_COOKIE, passes.seal(issued), Optional.empty());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + pending.get().target());
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Where a sign-on started on this request returns to: the page itself for a GET, else its area's home. */
    private static String target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || path.equals(StaffSignOn.CALLBACK) || path.contains("//")) {
            return home(request);
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String home(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin") ? "/admin" : "/console";
    }

    /** The staff member's sealed pass from the browser, if it is one of ours and still valid. */
    public Optional<StaffPass> pass(HttpServletRequest request) {
        return cookie(request, PASS_COOKIE).flatMap(c -> passes.open(c, clock.instant()));
    }

    /** The {@code Set-Cookie} value that removes the pass from the browser (signing out). */
    public static final String FORGET_PASS = PASS_COOKIE + "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax";

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Host-only ({@code __Host-}), {@code Secure}, {@code HttpOnly}; {@code SameSite=Lax}, not Strict: the provider's
     * redirect back is a cross-site navigation, and a Strict cookie would not come with it.
     */
    private static void setCookie(HttpServletResponse response, String name, String value, Optional<Long> maxAge) {
        response.addHeader("Set-Cookie", name + "=" + value + "; Path=/" + maxAge.map(s -> "; Max-Age=" + s).orElse("")
                + "; Secure; HttpOnly; SameSite=Lax");
    }

    private static void clearCookie(HttpServletResponse response, String name) {
        response.addHeader("Set-Cookie", name + FORGET_PASS.substring(PASS_COOKIE.length()));
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
