package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reportingportals.core.assessment.entity.Analyst;

import java.util.Optional;

/**
 * The analyst of the current request: from the verified bearer token (API, or a console page fetched with
 * one), else from the browser's OpenID Connect sign-on. Either way the identity is the issuer and subject,
 * so the same person is the same analyst in both. Looked up when a method runs, not at injection: a request
 * with a rejected token reaches the resource anonymous and must get a 401, not a fault.
 */
@RequestScoped
public class Analysts {

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    Instance<OpenIdContext> signOn;

    public Analyst current() {
        return fromToken().or(this::fromSignOn).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    private Optional<Analyst> fromToken() {
        try {
            JsonWebToken jwt = token.get();
            if (jwt == null || jwt.getSubject() == null || jwt.getIssuer() == null) {
                return Optional.empty();
            }
            return Optional.of(Analyst.of(jwt.getIssuer(), jwt.getSubject(),
                    name(jwt.getClaim("name"), jwt.getClaim("preferred_username"))));
        } catch (RuntimeException notABearerRequest) {
            return Optional.empty();
        }
    }

    private Optional<Analyst> fromSignOn() {
        try {
            OpenIdContext context = signOn.get();
            if (context == null || context.getSubject() == null || context.getIdentityToken() == null) {
                return Optional.empty();
            }
            var claims = context.getIdentityToken().getJwtClaims();
            Optional<String> issuer = claims.getIssuer();
            if (issuer.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Analyst.of(issuer.get(), context.getSubject(),
                    name(claims.getStringClaim("name").orElse(null), claims.getStringClaim("preferred_username").orElse(null))));
        } catch (RuntimeException noSignOn) {
            return Optional.empty();
        }
    }

    private static String name(String name, String username) {
        return name != null && !name.isBlank() ? name : username;
    }
}
