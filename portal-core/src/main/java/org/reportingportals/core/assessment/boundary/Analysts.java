package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reportingportals.core.assessment.entity.Analyst;

/**
 * The analyst of the current request, from the verified token. Looked up when a method runs, not at
 * injection: a request with a rejected token reaches the resource anonymous and must get a 401, not a fault.
 */
@RequestScoped
public class Analysts {

    @Inject
    JsonWebToken token;

    public Analyst current() {
        if (token == null || token.getSubject() == null || token.getIssuer() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        return Analyst.of(token.getIssuer(), token.getSubject(), name);
    }
}
