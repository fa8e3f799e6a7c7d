package org.reportingportals.core.intake.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.platform.boundary.ApiResource;
import org.reportingportals.core.platform.boundary.JsonBodies;
import com.ibm.icu.util.ULocale;
import jakarta.inject.Inject;
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
import org.reportingportals.core.intake.control.JsonSubmissions;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Throttles;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;
import org.reportingportals.tenant.directory.entity.Tenant;

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
        Intake.Submitted submitted = intake.submit(tenant, read.form(), locales, acceptLanguage,
                Optional.ofNullable(idempotencyKey), read.errors());
        if (submitted instanceof Intake.Refused refused) {
            throw ProblemException.validation(refused.locale(), refused.errors());
        }
        Acknowledgement acknowledgement = ((Intake.Accepted) submitted).acknowledgement();
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, submitted.locale().toLanguageTag())
                .header("Idempotent-Replayed", acknowledgement.replayed() ? "true" : null)
                .entity(JsonBodies.JSON.createObjectBuilder()
                        .add("reference", acknowledgement.reference())
                        .add("receipt", acknowledgement.receipt())
                        .add("status", acknowledgement.status())
                        .build().toString())
                .build();
    }
}
