package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.reportingportals.core.platform.entity.StaffPass;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, from the verified bearer token (API, or a staff page fetched with one), else from the
 * browser's sealed staff pass ({@link StaffPrincipal}). Either way identity is issuer and subject, so a person is the same caller
 * in both. Read when asked, not at injection: a request with a rejected token arrives anonymous.
 */
@RequestScoped
public class Callers {

    /** @param tenant the {@code tenant} claim of a partner account */
    public record Caller(String issuer, String subject, String displayName, Optional<String> tenant) {
    }

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    HttpServletRequest request;

    public Optional<Caller> current() {
        return fromToken().or(this::fromSignOn);
    }

    private Optional<Caller> fromToken() {
        try {
            // the verified token is the request's principal; the injectable JsonWebToken costs Payara a JNDI
            // lookup of the bean manager each time it is resolved, so it is only the fallback
            var principal = request.getUserPrincipal();
            if (principal == null || principal instanceof StaffPrincipal) {
                return Optional.empty();
            }
            JsonWebToken jwt = principal instanceof JsonWebToken verified ? verified : token.get();
            if (jwt == null || jwt.getSubject() == null || jwt.getIssuer() == null) {
                return Optional.empty();
            }
            return Optional.of(new Caller(jwt.getIssuer(), jwt.getSubject(),
                    name(jwt.getClaim("name"), jwt.getClaim("preferred_username"), jwt.getSubject()),
                    Optional.ofNullable(jwt.<Object>getClaim("tenant")).map(Object::toString).map(Callers::unquote)));
        } catch (RuntimeException notABearerRequest) {
            return Optional.empty();
        }
    }

    private Optional<Caller> fromSignOn() {
        if (request.getUserPrincipal() instanceof StaffPrincipal staff) {
            StaffPass pass = staff.pass();
            return Optional.of(new Caller(pass.issuer(), pass.subject(), pass.displayName(), pass.tenant()));
        }
        return Optional.empty();
    }

    private static String name(String name, String username, String subject) {
        return name != null && !name.isBlank() ? name : username != null && !username.isBlank() ? username : subject;
    }

    /** MP-JWT hands string claims back as JSON strings in some versions. */
    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
