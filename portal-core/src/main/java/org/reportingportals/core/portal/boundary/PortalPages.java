package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.OnDemandCsrfTokens;
import org.reportingportals.core.platform.boundary.SignedCsrfTokens;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.intake.boundary.Intake;
import org.reportingportals.core.intake.control.IdempotencyKeys;
import org.reportingportals.core.intake.control.SubmissionValidator;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.intake.entity.SubmissionForm;
import org.reportingportals.core.platform.boundary.Throttles;
import org.reportingportals.core.platform.control.ClientAddresses;
import org.reportingportals.core.platform.control.FetchMetadata;
import org.reportingportals.core.tenancy.boundary.TenantHosts;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.platform.control.PageMessages;
import org.reportingportals.core.portal.control.PortalSite;
import org.reportingportals.core.portal.entity.Page;
import org.reportingportals.core.portal.entity.ReportFormState;
import org.reportingportals.core.reports.entity.PublicStatus;
import org.reportingportals.core.reports.entity.Reference;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every page of a tenant's portal: {@code /{tenant}/{lang}/} and below. One code path for all tenants; what
 * differs is the tenant's configuration.
 */
@Controller
@RequestScoped
@Path("{tenant: [a-z][a-z0-9-]{1,31}}")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class PortalPages {

    private static final String LANG = "{lang: [A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}}";

    @Inject
    PortalSite site;

    @Inject
    PageModels pages;

    @Inject
    PageMessages messages;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    Intake intake;

    @Inject
    Throttles throttles;

    @Inject
    Tenants tenants;

    /** The citizens' forms carry signed double-submit tokens: no session, so the form pages can be kept. */
    @Inject
    SignedCsrfTokens csrf;

    @Inject
    ReceiptCookies receipts;

    @Inject
    ClientAddresses addresses;

    /** {@code /ug/}: the best of the portal's languages for this browser. */
    @GET
    public Response entry(@PathParam("tenant") String code, @HeaderParam("Accept-Language") String acceptLanguage) {
        Tenant tenant = visible(code);
        ULocale locale = tenants.locales(tenant).matchAcceptLanguage(acceptLanguage);
        return Response.seeOther(URI.create(pages.base(tenant) + "/" + locale.toLanguageTag() + "/"))
                .header("Vary", "Accept-Language").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path(LANG)
    public Response home(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return within(code, lang, "", (tenant, locale) -> view(200, "home.html"));
    }

    @GET
    @Path(LANG + "/privacy")
    public Response privacy(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return within(code, lang, "privacy", (tenant, locale) -> view(200, "privacy.html"));
    }

    @GET
    @Path(LANG + "/about")
    public Response about(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return within(code, lang, "about", (tenant, locale) -> view(200, "about.html"));
    }

    @GET
    @Path(LANG + "/report")
    public Response reportForm(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return within(code, lang, "report", (tenant, locale) -> {
            OnDemandCsrfTokens.require(request);
            models.put("form", new ReportFormState(List.of(""), "", java.util.Set.of(), "", false, "", "receipt",
                    Map.of(), CachedPages.idempotencyKey(request), SubmissionValidator.MAX_URLS));
            return view(200, "report.html");
        });
    }

    @POST
    @Path(LANG + "/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("tenant") String code, @PathParam("lang") String lang,
                           @FormParam(OnDemandCsrfTokens.FIELD) String csrfToken,
                           @FormParam("url") List<String> urls, @FormParam("whereFound") String whereFound,
                           @FormParam("contentHints") List<String> contentHints,
                           @FormParam("description") String description,
                           @FormParam("childInDanger") String childInDanger, @FormParam("email") String email,
                           @FormParam("feedback") String feedback, @FormParam("idempotency") String idempotency,
                           @FormParam("action") String action) {
        refuseCrossSite();
        csrf.verify(request, csrfToken);
        return within(code, lang, "report", (tenant, locale) -> {
            OnDemandCsrfTokens.require(request);
            ReportFormState typedIn = state(urls, whereFound, contentHints, description, childInDanger != null, email,
                    feedback == null ? "receipt" : feedback, Map.of(), idempotency);
            return "add".equals(action) ? withAnotherAddress(typedIn) : send(tenant, locale, typedIn);
        });
    }

    private Response withAnotherAddress(ReportFormState typedIn) {
        List<String> urls = new ArrayList<>(typedIn.urls());
        if (typedIn.canAddUrl()) {
            urls.add("");
        }
        models.put("form", typedIn.withUrls(urls));
        return view(200, "report.html");
    }

    private Response send(Tenant tenant, ULocale locale, ReportFormState typedIn) {
        if (Tenants.isPreview(request)) {
            // an editor trying the draft's form: nothing may reach the analysts' queue
            PageMessages.Bound msg = messages.bind(Optional.of(tenant), locale);
            models.put("form", typedIn.withErrors(Map.of("url-0", msg.t("portal.report.preview-not-sent"))));
            return view(409, "report.html");
        }
        if (!throttles.allowReport(request)) {
            return busy();
        }
        SubmissionForm form = SubmissionForm.bystander(typedIn.urls(), Optional.of(typedIn.description()),
                Optional.of(typedIn.whereFound()), List.copyOf(typedIn.contentHints()), typedIn.childInDanger(),
                "email".equals(typedIn.feedback()) ? Optional.of(typedIn.email()) : Optional.empty(),
                Optional.of(typedIn.feedback()), Optional.of(locale.toLanguageTag()));
        Intake.Submitted submitted = intake.submit(tenant, Optional.of(form), tenants.locales(tenant), null,
                Optional.of(typedIn.idempotency()), List.of());
        if (submitted instanceof Intake.Refused refused) {
            PageMessages.Bound msg = messages.bind(Optional.of(tenant), locale);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                errors.putIfAbsent(fieldId(error.field()), msg.t(error.messageKey(), flatten(error.arguments())));
            }
            models.put("form", typedIn.withErrors(errors));
            return view(422, "report.html");
        }
        Acknowledgement acknowledgement = ((Intake.Accepted) submitted).acknowledgement();
        String received = pages.base(tenant) + "/" + locale.toLanguageTag() + "/report/received";
        return Response.seeOther(URI.create(received)).header("Cache-Control", "no-store")
                .header("Set-Cookie", receipts.carry(acknowledgement, tenant.code(), received)).build();
    }

    /** Shows the reference and receipt once; a reload (or another browser) goes to the status page instead. */
    @GET
    @Path(LANG + "/report/received")
    public Response received(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return within(code, lang, "report/received", (tenant, locale) -> {
            String path = pages.base(tenant) + "/" + lang + "/report/received";
            Optional<Acknowledgement> carried = receipts.carried(request, tenant.code(), path);
            if (carried.isEmpty()) {
                return Response.seeOther(URI.create(pages.base(tenant) + "/" + lang + "/status"))
                        .header("Cache-Control", "no-store").build();
            }
            models.put("acknowledgement", carried.get());
            return Response.ok("received.html").header("Cache-Control", "no-store")
                    .header("Set-Cookie", ReceiptCookies.cleared(path)).build();
        });
    }

    @GET
    @Path(LANG + "/status")
    public Response statusForm(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return within(code, lang, "status", (tenant, locale) -> {
            OnDemandCsrfTokens.require(request);
            models.put("reference", "");
            return view(200, "status.html");
        });
    }

    @POST
    @Path(LANG + "/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("tenant") String code, @PathParam("lang") String lang,
                           @FormParam(OnDemandCsrfTokens.FIELD) String csrfToken,
                           @FormParam("reference") String reference, @FormParam("receipt") String receipt) {
        refuseCrossSite();
        csrf.verify(request, csrfToken);
        return within(code, lang, "status", (tenant, locale) -> {
            if (!throttles.allowStatusCheck(request)) {
                return busy();
            }
            OnDemandCsrfTokens.require(request);
            String typedReference = reference == null ? "" : reference.strip();
            models.put("reference", typedReference.length() > 64 ? "" : typedReference);
            Optional<PublicStatus> status = typedReference.isEmpty() || receipt == null || receipt.isBlank()
                    ? Optional.empty() : intake.status(tenant, typedReference, receipt);
            if (status.isEmpty()) {
                models.put("notFound", true);
                return view(404, "status.html");
            }
            models.put("reference", Reference.parse(typedReference).map(Reference::value).orElse(typedReference));
            models.put("status", status.get().code());
            return view(200, "status.html");
        });
    }

    /** A page body, given the tenant and the page's language. */
    @FunctionalInterface
    private interface PageBody {
        Response render(Tenant tenant, ULocale locale);
    }

    /**
     * Runs a page where it can be shown, and answers for pages that cannot: an unknown or draft tenant (404),
     * a suspended one (503 with its helplines), a language spelt differently from its canonical tag (303 to
     * it), a language the portal does not offer (404).
     */
    private Response within(String code, String lang, String id, PageBody body) {
        Tenant tenant = visible(code);
        ULocale locale = site.pageLocale(tenant, lang).orElseThrow(PageNotFound::new);
        if (!locale.toLanguageTag().equals(lang)) {
            return Response.seeOther(URI.create(pages.base(tenant) + "/" + locale.toLanguageTag() + "/" + id)).build();
        }
        pages.tenantPage(tenant, locale, id);
        if (tenant.status() == TenantStatus.SUSPENDED) {
            return Response.status(503).header("Retry-After", "3600").header("Cache-Control", "no-store")
                    .entity("suspended.html").build();
        }
        return body.render(tenant, locale);
    }

    private Tenant visible(String code) {
        Tenant tenant = tenants.shown(code).orElseThrow(PageNotFound::new);
        if (tenant.status() == TenantStatus.DRAFT) {
            throw new PageNotFound();
        }
        return tenant;
    }

    /** Too many posts from this client: say so kindly, keep nothing, point to the emergency numbers. */
    private Response busy() {
        pages.message("portal.error.busy");
        return Response.status(429).header("Retry-After", Throttles.WINDOW.toSeconds())
                .header("Cache-Control", "no-store").entity("message.html").build();
    }

    private static Response view(int status, String view) {
        return Response.status(status).header("Cache-Control", "no-store").entity(view).build();
    }

    private static ReportFormState state(List<String> urls, String whereFound, List<String> hints, String description,
                                         boolean danger, String email, String feedback, Map<String, String> errors,
                                         String idempotency) {
        List<String> typed = new ArrayList<>(urls == null ? List.of()
                : urls.stream().limit(SubmissionValidator.MAX_URLS + 1L).toList());
        if (typed.isEmpty()) {
            typed.add("");
        }
        String key = IdempotencyKeys.isWellFormed(idempotency) ? idempotency : UUID.randomUUID().toString();
        return new ReportFormState(typed, whereFound == null ? "" : whereFound,
                hints == null ? java.util.Set.of() : new LinkedHashSet<>(hints),
                description == null ? "" : description, danger, email == null ? "" : email, feedback, errors, key,
                SubmissionValidator.MAX_URLS);
    }

    /** Maps an intake field name to the id of the input it belongs to. */
    /** A form post the browser says another site made: refused before its token is even looked at. */
    private void refuseCrossSite() {
        String host = TenantHosts.host(request, addresses.isTrustedProxy(request.getRemoteAddr()));
        if (!FetchMetadata.sameOrigin(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                host == null ? "" : host)) {
            throw new CrossSiteForm();
        }
    }

    static String fieldId(String field) {
        if (field.equals("urls")) {
            return "url-0";
        }
        if (field.startsWith("urls[")) {
            return "url-" + field.substring(5, field.length() - 1);
        }
        if (field.startsWith("contentHints")) {
            return "hint-images";
        }
        return switch (field) {
            case "whereFound" -> "where-website";
            case "contact.email" -> "email";
            case "feedback" -> "feedback-receipt";
            default -> field;
        };
    }

    private static Object[] flatten(Map<String, Object> arguments) {
        List<Object> pairs = new ArrayList<>();
        arguments.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        return pairs.toArray();
    }
}
