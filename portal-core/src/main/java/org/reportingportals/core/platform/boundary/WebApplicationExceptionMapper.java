package org.reportingportals.core.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.reportingportals.core.platform.entity.ProblemType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Errors raised by JAX-RS itself (no such path, wrong method or media type, refused role) as problems.
 * A refused {@code @RolesAllowed} is 401 without a caller and 403 with one.
 */
@Provider
@ApiResource
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> security == null || security.getUserPrincipal() == null
                    ? ProblemType.UNAUTHORIZED : ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.SERVER_ERROR : ProblemType.MALFORMED;
        };
        Map<String, Object> arguments = Map.of("mediaType", MediaType.APPLICATION_JSON, "limit", RequestLimits.MAX_BODY_BYTES);
        Response problem = problems.render(type, Optional.empty(), headers, arguments, List.of());
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"portal\"");
        }
        if (status == 405 && e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }
}
