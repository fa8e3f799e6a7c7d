package org.reportingportals.core.platform.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.platform.control.PlatformLocales;
import org.reportingportals.i18n.messages.control.MessageCatalog;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders problems as RFC 9457 JSON in the client's language. */
@ApplicationScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Inject
    MessageCatalog catalog;

    @Inject
    PlatformLocales locales;

    public Response render(ProblemType type, Optional<ULocale> knownLocale, HttpHeaders headers,
                           Map<String, Object> arguments, List<FieldError> errors) {
        ULocale locale = knownLocale.orElseGet(() -> locales.negotiate(acceptLanguage(headers)));
        JsonObjectBuilder body = JsonBodies.JSON.createObjectBuilder()
                .add("type", type.uri())
                .add("title", catalog.format(locale, type.titleKey(), arguments))
                .add("status", type.status());
        type.detailKey().ifPresent(key -> body.add("detail", catalog.format(locale, key, arguments)));
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JsonBodies.JSON.createArrayBuilder();
            for (FieldError error : errors) {
                list.add(JsonBodies.JSON.createObjectBuilder()
                        .add("field", error.field())
                        .add("code", error.code())
                        .add("message", catalog.format(locale, error.messageKey(), error.arguments())));
            }
            body.add("errors", list);
        }
        Response.ResponseBuilder response = Response.status(new ProblemStatus(type));
        if (type == ProblemType.RATE_LIMITED) {
            response.header("Retry-After", Throttles.WINDOW.toSeconds());
        }
        return response
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header("Cache-Control", "no-store")
                .entity(body.build().toString())
                .build();
    }

    public Response render(ProblemType type, HttpHeaders headers) {
        return render(type, Optional.empty(), headers, Map.of(), List.of());
    }

    /** The same document written by a servlet filter, for paths no JAX-RS application of ours serves. */
    public void write(ProblemType type, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ULocale locale = locales.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        JsonObjectBuilder body = JsonBodies.JSON.createObjectBuilder()
                .add("type", type.uri())
                .add("title", catalog.format(locale, type.titleKey()))
                .add("status", type.status());
        type.detailKey().ifPresent(key -> body.add("detail", catalog.format(locale, key)));
        response.setStatus(type.status());
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.build().toString());
    }

    private static String acceptLanguage(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        try {
            return headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }

    /** Carries a reason phrase for statuses the HTTP listener does not know by name (422 would say "CUSTOM"). */
    private record ProblemStatus(ProblemType type) implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return type.status();
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(type.status());
        }

        @Override
        public String getReasonPhrase() {
            Response.Status known = Response.Status.fromStatusCode(type.status());
            if (known != null) {
                return known.getReasonPhrase();
            }
            return switch (type.status()) {
                case 422 -> "Unprocessable Content";
                case 429 -> "Too Many Requests";
                default -> "Error";
            };
        }
    }
}
