package org.reportingportals.core.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Our own client errors. */
@Provider
@ApiResource
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProblemException e) {
        return problems.render(e.type(), e.locale(), headers, e.arguments(), e.errors());
    }
}
