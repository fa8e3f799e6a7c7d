package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reportingportals.core.assessment.entity.Analyst;

/** The analyst of the current request, from the verified token. */
@RequestScoped
public class Analysts {

    @Inject
    JsonWebToken token;

    @Produces
    Analyst current() {
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        return Analyst.of(token.getIssuer(), token.getSubject(), name);
    }
}
