package org.reportingportals.core.intake.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.platform.boundary.ApiResource;
import org.reportingportals.core.platform.boundary.JsonBodies;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.reportingportals.core.intake.control.IdempotencyKeys;
import org.reportingportals.core.intake.control.JsonSubmissions;
import org.reportingportals.core.intake.control.SubmissionValidator;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Throttles;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.reports.control.UrlNormaliser;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code POST /api/v1/portals/{tenant}/reports}: a citizen's report, as JSON. */
@Path("portals/{tenant}/reports")
@ApiResource
public class ReportsResource {

    @Inject
    Tenants tenants;

    @Inject
    Intake intake;

    @Inject
    UrlNormaliser normaliser;

    @Inject
    Throttles throttles;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report of one to ten URLs",
            description = "Answers 201 only after the report is committed. A retry with the same Idempotency-Key "
                    + "and body answers the same reference and receipt and creates nothing.")
    @APIResponse(responseCode = "201", description = "Committed; the receipt is shown only now")
    @APIResponse(responseCode = "422", description = "Validation problems, or an Idempotency-Key reused for another report")
    public Response submit(@PathParam("tenant") String tenantCode,
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                           java.io.InputStream body) {
        Tenant tenant = tenants.acceptingReports(tenantCode);
        LocaleNegotiator locales = tenants.locales(tenant);
        ULocale requestLocale = locales.matchAcceptLanguage(acceptLanguage);
        if (!throttles.allowReport(request)) {
            throw new ProblemException(ProblemType.RATE_LIMITED, requestLocale);
        }

        var read = JsonSubmissions.read(JsonBodies.object(body, requestLocale));
        List<FieldError> errors = new ArrayList<>(read.errors());
        Optional<String> key = Optional.ofNullable(idempotencyKey);
        if (key.isPresent() && !IdempotencyKeys.isWellFormed(key.get())) {
            errors.add(new FieldError("Idempotency-Key", "idempotency-key.invalid", "intake.error.idempotency-key.invalid"));
        }
        if (read.form().isEmpty()) {
            throw ProblemException.validation(requestLocale, errors);
        }
        var outcome = new SubmissionValidator(normaliser).validate(read.form().get(), locales, acceptLanguage);
        errors.addAll(outcome.errors());
        if (!errors.isEmpty()) {
            throw ProblemException.validation(outcome.locale(), errors);
        }

        Acknowledgement acknowledgement;
        try {
            acknowledgement = intake.submit(tenant, outcome.submission().orElseThrow(), outcome.locale(), key);
        } catch (PersistenceException | TransactionalException raced) {
            if (key.isEmpty()) {
                throw raced;
            }
            // a concurrent request with the same key won the insert: answer as its retry
            acknowledgement = intake.submit(tenant, outcome.submission().orElseThrow(), outcome.locale(), key);
        }
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, outcome.locale().toLanguageTag())
                .header("Idempotent-Replayed", acknowledgement.replayed() ? "true" : null)
                .entity(Json.createObjectBuilder()
                        .add("reference", acknowledgement.reference())
                        .add("receipt", acknowledgement.receipt())
                        .add("status", acknowledgement.status())
                        .build().toString())
                .build();
    }
}
