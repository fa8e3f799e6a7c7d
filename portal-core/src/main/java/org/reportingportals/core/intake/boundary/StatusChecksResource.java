package org.reportingportals.core.intake.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.platform.boundary.ApiResource;
import org.reportingportals.core.platform.boundary.JsonBodies;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Throttles;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.core.reports.entity.PublicStatus;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/portals/{tenant}/status}: the public status of a report for its reference and
 * receipt. POST, not GET, so the receipt never appears in a URL or an access log.
 */
@Path("portals/{tenant}/status")
@ApiResource
public class StatusChecksResource {

    private static final Set<String> KNOWN = Set.of("reference", "receipt");

    @Inject
    Tenants tenants;

    @Inject
    Intake intake;

    @Inject
    Throttles throttles;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a report's status with its reference and receipt")
    public Response check(@PathParam("tenant") String tenantCode,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                          java.io.InputStream body) {
        Tenant tenant = tenants.acceptingReports(tenantCode);
        ULocale locale = tenants.locales(tenant).matchAcceptLanguage(acceptLanguage);
        if (!throttles.allowStatusCheck(request)) {
            throw new ProblemException(ProblemType.RATE_LIMITED, locale);
        }
        JsonObject json = JsonBodies.object(body, locale);
        List<FieldError> errors = new ArrayList<>();
        for (String name : json.keySet()) {
            if (!KNOWN.contains(name)) {
                errors.add(new FieldError(name, "field.unknown", "intake.error.field.unknown"));
            }
        }
        Optional<String> reference = text(json, "reference", errors);
        Optional<String> receipt = text(json, "receipt", errors);
        if (reference.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("reference"))) {
            errors.add(new FieldError("reference", "reference.required", "status.error.reference.required"));
        }
        if (receipt.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("receipt"))) {
            errors.add(new FieldError("receipt", "receipt.required", "status.error.receipt.required"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(locale, errors);
        }
        PublicStatus status = intake.status(tenant, reference.get(), receipt.get())
                .orElseThrow(() -> new ProblemException(ProblemType.REPORT_NOT_FOUND, locale));
        return Response.ok(JsonBodies.JSON.createObjectBuilder()
                        .add("reference", Reference.parse(reference.get()).orElseThrow().value())
                        .add("status", status.code())
                        .build().toString())
                .header("Cache-Control", "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .build();
    }

    private static Optional<String> text(JsonObject json, String name, List<FieldError> errors) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(new FieldError(name, "field.type", "intake.error.field.type"));
            return Optional.empty();
        }
        String s = ((JsonString) value).getString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
