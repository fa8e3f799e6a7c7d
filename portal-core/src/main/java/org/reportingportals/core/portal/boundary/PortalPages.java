package org.reportingportals.core.portal.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
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
import org.reportingportals.core.intake.control.StatusLookup;
import org.reportingportals.core.intake.control.SubmissionValidator;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.intake.entity.SubmissionForm;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.portal.control.PageMessages;
import org.reportingportals.core.portal.control.PortalSite;
import org.reportingportals.core.portal.entity.Page;
import org.reportingportals.core.portal.entity.ReportFormState;
import org.reportingportals.core.reports.control.UrlNormaliser;
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
public class PortalPages {

    private static final String LANG = "{lang: [A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}}";
    private static final String FLASH = PortalPages.class.getName() + ".acknowledgement";

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
    StatusLookup statusLookup;

    @Inject
    UrlNormaliser normaliser;

    /** {@code /ug/}: the best of the portal's languages for this browser. */
    @GET
    public Response entry(@PathParam("tenant") String code, @HeaderParam("Accept-Language") String acceptLanguage) {
        Tenant tenant = visible(code);
        ULocale locale = site.locales(tenant).matchAcceptLanguage(acceptLanguage);
        return Response.seeOther(URI.create(pages.base(tenant) + "/" + locale.toLanguageTag() + "/"))
                .header("Vary", "Accept-Language").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path(LANG)
    public Response home(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return render(code, lang, "", "home.html");
    }

    @GET
    @Path(LANG + "/privacy")
    public Response privacy(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return render(code, lang, "privacy", "privacy.html");
    }

    @GET
    @Path(LANG + "/about")
    public Response about(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        return render(code, lang, "about", "about.html");
    }

    @GET
    @Path(LANG + "/report")
    public Response reportForm(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        Optional<Response> elsewhere = elsewhere(code, lang, "report");
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        OnDemandCsrfTokens.require(request);
        models.put("form", new ReportFormState(List.of(""), "", java.util.Set.of(), "", false, "", "receipt", Map.of(),
                UUID.randomUUID().toString(), SubmissionValidator.MAX_URLS));
        return view(200, "report.html");
    }

    @POST
    @Path(LANG + "/report")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("tenant") String code, @PathParam("lang") String lang,
                           @FormParam("url") List<String> urls, @FormParam("whereFound") String whereFound,
                           @FormParam("contentHints") List<String> contentHints,
                           @FormParam("description") String description,
                           @FormParam("childInDanger") String childInDanger, @FormParam("email") String email,
                           @FormParam("feedback") String feedback, @FormParam("idempotency") String idempotency,
                           @FormParam("action") String action) {
        Optional<Response> elsewhere = elsewhere(code, lang, "report");
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        Tenant tenant = visible(code);
        ULocale locale = site.pageLocale(tenant, lang).orElseThrow(PageNotFound::new);
        OnDemandCsrfTokens.require(request);
        List<String> typed = new ArrayList<>(urls == null ? List.of() : urls.stream().limit(SubmissionValidator.MAX_URLS + 1).toList());
        if (typed.isEmpty()) {
            typed.add("");
        }
        String key = IdempotencyKeys.isWellFormed(idempotency) ? idempotency : UUID.randomUUID().toString();
        boolean danger = childInDanger != null;
        String chosenFeedback = feedback == null ? "receipt" : feedback;

        if ("add".equals(action)) {
            if (typed.size() < SubmissionValidator.MAX_URLS) {
                typed.add("");
            }
            models.put("form", state(typed, whereFound, contentHints, description, danger, email, chosenFeedback,
                    Map.of(), key));
            return view(200, "report.html");
        }

        SubmissionForm form = new SubmissionForm(typed, Optional.ofNullable(description), Optional.ofNullable(whereFound),
                contentHints == null ? List.of() : contentHints, danger,
                "email".equals(chosenFeedback) ? Optional.ofNullable(email) : Optional.empty(),
                Optional.of(chosenFeedback), Optional.of(locale.toLanguageTag()));
        var outcome = new SubmissionValidator(normaliser).validate(form, site.locales(tenant), null);
        if (outcome.submission().isEmpty()) {
            PageMessages.Bound msg = messages.bind(Optional.of(tenant), locale);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : outcome.errors()) {
                errors.putIfAbsent(fieldId(error.field()), msg.t(error.messageKey(), flatten(error.arguments())));
            }
            models.put("form", state(typed, whereFound, contentHints, description, danger, email, chosenFeedback,
                    errors, key));
            return view(422, "report.html");
        }
        Acknowledgement acknowledgement;
        try {
            acknowledgement = intake.submit(tenant, outcome.submission().get(), locale, Optional.of(key));
        } catch (PersistenceException | TransactionalException raced) {
            acknowledgement = intake.submit(tenant, outcome.submission().get(), locale, Optional.of(key));
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(FLASH, acknowledgement);
        return Response.seeOther(URI.create(pages.base(tenant) + "/" + locale.toLanguageTag() + "/report/received"))
                .header("Cache-Control", "no-store").build();
    }

    /** Shows the reference and receipt once; a reload goes to the status page instead. */
    @GET
    @Path(LANG + "/report/received")
    public Response received(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        Optional<Response> elsewhere = elsewhere(code, lang, "report/received");
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        Tenant tenant = visible(code);
        HttpSession session = request.getSession(false);
        Object flash = session == null ? null : session.getAttribute(FLASH);
        if (!(flash instanceof Acknowledgement acknowledgement)) {
            return Response.seeOther(URI.create(pages.base(tenant) + "/" + lang + "/status"))
                    .header("Cache-Control", "no-store").build();
        }
        session.removeAttribute(FLASH);
        models.put("acknowledgement", acknowledgement);
        return view(200, "received.html");
    }

    @GET
    @Path(LANG + "/status")
    public Response statusForm(@PathParam("tenant") String code, @PathParam("lang") String lang) {
        Optional<Response> elsewhere = elsewhere(code, lang, "status");
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        OnDemandCsrfTokens.require(request);
        models.put("reference", "");
        return view(200, "status.html");
    }

    @POST
    @Path(LANG + "/status")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response status(@PathParam("tenant") String code, @PathParam("lang") String lang,
                           @FormParam("reference") String reference, @FormParam("receipt") String receipt) {
        Optional<Response> elsewhere = elsewhere(code, lang, "status");
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        Tenant tenant = visible(code);
        OnDemandCsrfTokens.require(request);
        String typedReference = reference == null ? "" : reference.strip();
        models.put("reference", typedReference.length() > 64 ? "" : typedReference);
        Optional<PublicStatus> status = typedReference.isEmpty() || receipt == null || receipt.isBlank()
                ? Optional.empty() : statusLookup.status(tenant, typedReference, receipt);
        if (status.isEmpty()) {
            models.put("notFound", true);
            return view(404, "status.html");
        }
        models.put("reference", Reference.parse(typedReference).map(Reference::value).orElse(typedReference));
        models.put("status", status.get().code());
        return view(200, "status.html");
    }

    private Response render(String code, String lang, String id, String view) {
        return elsewhere(code, lang, id).orElseGet(() -> view(200, view));
    }

    /**
     * Prepares the page model, or answers for pages that cannot be shown here: an unknown or draft tenant
     * (404), a suspended one (503 with its helplines), a language spelt differently from the canonical tag
     * (303 to it), a language the portal does not offer (404).
     */
    private Optional<Response> elsewhere(String code, String lang, String id) {
        Tenant tenant = visible(code);
        Optional<ULocale> locale = site.pageLocale(tenant, lang);
        if (locale.isEmpty()) {
            throw new PageNotFound();
        }
        if (!locale.get().toLanguageTag().equals(lang)) {
            return Optional.of(Response.seeOther(URI.create(pages.base(tenant) + "/" + locale.get().toLanguageTag() + "/"
                    + id)).build());
        }
        Page page = pages.tenantPage(tenant, locale.get(), id);
        if (tenant.status() == TenantStatus.SUSPENDED) {
            return Optional.of(Response.status(503).header("Retry-After", "3600").header("Cache-Control", "no-store")
                    .entity("suspended.html").build());
        }
        models.put("page", page);
        return Optional.empty();
    }

    private Tenant visible(String code) {
        Tenant tenant = site.tenant(code).orElseThrow(PageNotFound::new);
        if (tenant.status() == TenantStatus.DRAFT) {
            throw new PageNotFound();
        }
        return tenant;
    }

    private static Response view(int status, String view) {
        return Response.status(status).header("Cache-Control", "no-store").entity(view).build();
    }

    private ReportFormState state(List<String> urls, String whereFound, List<String> hints, String description,
                                  boolean danger, String email, String feedback, Map<String, String> errors, String key) {
        return new ReportFormState(urls, whereFound == null ? "" : whereFound,
                hints == null ? java.util.Set.of() : new LinkedHashSet<>(hints),
                description == null ? "" : description, danger, email == null ? "" : email, feedback, errors, key,
                SubmissionValidator.MAX_URLS);
    }

    /** Maps an intake field name to the id of the input it belongs to. */
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
