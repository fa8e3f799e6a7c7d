package org.reportingportals.core.assessment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.reportingportals.core.assessment.entity.Analyst;
import org.reportingportals.core.platform.boundary.Callers;

/** The analyst of the current request (API token or console sign-on); 401 when there is none. */
@RequestScoped
public class Analysts {

    @Inject
    Callers callers;

    public Analyst current() {
        return callers.current().map(c -> Analyst.of(c.issuer(), c.subject(), c.displayName()))
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
