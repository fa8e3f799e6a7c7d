package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.event.Event;
import org.reportingportals.core.tenancy.entity.TenantChanged;
import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.platform.boundary.PageResource;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.FormParam;
import org.reportingportals.core.partner.control.OutcomeStatistics;
import org.reportingportals.core.tenancy.control.PreviewTokens;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.core.partner.control.Translations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MultivaluedMap;
import org.reportingportals.core.tenancy.entity.TenantDraft;
import org.reportingportals.core.platform.boundary.Callers;
import org.reportingportals.core.partner.control.StatisticsCsv;
import org.reportingportals.core.partner.entity.BarChart;
import org.reportingportals.core.partner.entity.MonthlyOutcomes;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.StaffSessions;
import org.reportingportals.core.platform.boundary.OnDemandCsrfTokens;
import org.reportingportals.core.platform.boundary.StaffFormat;
import org.reportingportals.core.platform.boundary.StaffPages;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin}: partner administration. A partner lands on its own tenant; a platform administrator sees
 * every tenant side by side. Tenant pages show the monthly outcome statistics as a table and a chart, with a
 * CSV download. Another tenant's page is the same 404 as a tenant that does not exist. The pages are Jakarta
 * MVC controller methods; the CSV method is plain JAX-RS, so its text is not taken for a view name.
 */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class AdminPages {

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    Tenants access;

    @Inject
    OutcomeStatistics statistics;

    @Inject
    StatisticsPeriods periods;

    @Inject
    StaffSessions sessions;

    @Inject
    TenantConfigurations configurations;

    @Inject
    PreviewTokens previews;

    @Inject
    Translations translations;

    @Inject
    Event<TenantChanged> events;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    private static final java.util.Set<String> NOTICES = java.util.Set.of("draft-saved", "draft-refused",
            "draft-discarded", "published", "publish-refused", "rolled-back", "rollback-refused", "language-invalid",
            "language-refused", "language-added", "translations-saved", "translations-imported", "translations-refused",
            "import-refused", "logo-uploaded", "logo-refused", "created", "status-refused", "status-live", "status-suspended");

    @GET
    @Controller
    @Transactional
    public Response start(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("notice") String notice) {
        models.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
        return start(from, to, 200);
    }

    private Response start(String from, String to, int status) {
        if (!models.asMap().containsKey("notice")) {
            models.put("notice", "");
        }
        if (!models.asMap().containsKey("createProblems")) {
            models.put("createProblems", List.of());
        }
        if (!access.isPlatformAdmin()) {
            List<Tenant> own = access.administrable();
            return own.isEmpty() ? notFound() : seeOther("/admin/" + own.get(0).code());
        }
        page();
        Optional<StatisticsPeriods.Period> period = period(from, to);
        if (period.isEmpty()) {
            return view(422, "platform.html");
        }
        Map<String, List<MonthlyOutcomes>> all = statistics.forAllTenants(period.get().from(), period.get().to());
        models.put("tenants", access.administrable().stream().map(t -> new TenantTotals(t.code(), t.name(ULocale.ENGLISH),
                t.status().name().toLowerCase(java.util.Locale.ROOT), Totals.of(all.getOrDefault(t.code(), List.of())))).toList());
        return view(status, "platform.html");
    }

    @GET
    @Path("{tenant}")
    @Controller
    @Transactional
    public Response tenant(@PathParam("tenant") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        page();
        models.put("tenant", tenant.get());
        models.put("tenantName", tenant.get().name(ULocale.ENGLISH));
        Optional<StatisticsPeriods.Period> period = period(from, to);
        if (period.isEmpty()) {
            models.put("months", List.of());
            return view(422, "tenant.html");
        }
        List<MonthlyOutcomes> months = statistics.forTenant(tenant.get().code(), period.get().from(), period.get().to());
        models.put("months", months);
        // no totals row: a total beside the months would give away the months shown as "fewer than 5"
        models.put("chart", BarChart.of(months));
        return view(200, "tenant.html");
    }

    @GET
    @Path("{tenant}/statistics.csv")
    @Produces("text/csv")
    @Transactional
    public Response csv(@PathParam("tenant") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        StatisticsPeriods.Period period = periods.parse(from, to);
        String csv = StatisticsCsv.of(statistics.forTenant(tenant.get().code(), period.from(), period.to()));
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"statistics-" + tenant.get().code() + "-"
                        + period.from() + "-" + period.to() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    // --- platform team: new portals, suspension

    @POST
    @Path("tenants")
    @Controller
    @CsrfProtected
    @Transactional
    public Response createTenant(@FormParam("code") String code, @FormParam("name") String name,
                                 @FormParam("language") String language, @FormParam("partner") String partner,
                                 @FormParam("emergency") String emergency) {
        if (!access.isPlatformAdmin()) {
            return notFound();
        }
        TenantConfigurations.Published created;
        try {
            created = configurations.create(blank(code), blank(name), ULocale.forLanguageTag(blank(language)), blank(partner),
                    blank(emergency), actor(), clock.instant());
        } catch (TenantConfigurations.Refused | IllegalArgumentException refused) {
            models.put("createProblems", refused instanceof TenantConfigurations.Refused r ? r.problems()
                    : List.of(refused.getMessage()));
            return start(null, null, 422);
        }
        events.fire(new TenantChanged(TenantChanged.Change.CREATED, actor(), "tenant=" + created.tenant().code(), clock.instant()));
        return seeOther("/admin/" + created.tenant().code() + "/configuration?notice=created");
    }

    @POST
    @Path("{tenant}/status")
    @Controller
    @CsrfProtected
    @Transactional
    public Response changeStatus(@PathParam("tenant") String code, @FormParam("status") String status) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty() || !access.isPlatformAdmin()) {
            return notFound();
        }
        if (!List.of("live", "suspended").contains(status)) {
            return seeOther("/admin?notice=status-refused");
        }
        try {
            configurations.changeStatus(code, status, actor(), clock.instant());
        } catch (TenantConfigurations.Refused refused) {
            return seeOther("/admin?notice=status-refused");
        }
        events.fire(new TenantChanged(TenantChanged.Change.STATUS_CHANGED, actor(), "tenant=" + code + " status=" + status, clock.instant()));
        return seeOther("/admin?notice=status-" + status);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    // --- configuration: draft, preview, publish, versions

    @GET
    @Path("{tenant}/configuration")
    @Controller
    @Transactional
    public Response configuration(@PathParam("tenant") String code, @QueryParam("notice") String notice,
                                  @QueryParam("reason") String reason) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        models.put("reason", "logo-refused".equals(notice) && reason != null ? reason : "");
        Optional<TenantDraft> draft = configurations.draft(code);
        String yaml = draft.map(TenantDraft::yaml).orElseGet(() -> configurations.live(code).yaml());
        return configurationPage(200, tenant.get(), yaml, draft.isPresent()
                ? configurations.check(code, yaml, access.isPlatformAdmin()) : List.of(), notice);
    }

    @POST
    @Path("{tenant}/configuration/draft")
    @Controller
    @CsrfProtected
    @Transactional
    public Response saveDraft(@PathParam("tenant") String code, @FormParam("yaml") String yaml,
                              @FormParam("action") String action) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        String text = yaml == null ? "" : yaml.replace("\r\n", "\n");
        try {
            configurations.saveDraft(code, text, actor(), access.isPlatformAdmin(), clock.instant());
        } catch (TenantConfigurations.Refused refused) {
            return configurationPage(422, tenant.get(), text, refused.problems(), "draft-refused");
        }
        events.fire(new TenantChanged(TenantChanged.Change.DRAFT_SAVED, actor(), "tenant=" + code, clock.instant()));
        if ("preview".equals(action)) {
            return preview(code);
        }
        return seeOther("/admin/" + code + "/configuration?notice=draft-saved");
    }

    @POST
    @Path("{tenant}/configuration/preview")
    @Controller
    @CsrfProtected
    @Transactional
    public Response previewDraft(@PathParam("tenant") String code) {
        if (access.administrable(code).isEmpty()) {
            return notFound();
        }
        if (configurations.draft(code).isEmpty()) {
            return seeOther("/admin/" + code + "/configuration");
        }
        return preview(code);
    }

    /** The colour tokens as colour pickers: a palette change without touching the file; contrast is checked. */
    @POST
    @Path("{tenant}/configuration/colours")
    @Controller
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveColours(@PathParam("tenant") String code, MultivaluedMap<String, String> form) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        Map<String, String> colors = new java.util.TreeMap<>();
        for (String token : org.reportingportals.tenant.directory.entity.Branding.COLOR_TOKENS) {
            String value = form.getFirst("c." + token);
            if (value != null && value.matches("#[0-9a-fA-F]{6}")) {
                colors.put(token, value.toLowerCase(java.util.Locale.ROOT));
            }
        }
        String base = configurations.draft(code).map(TenantDraft::yaml).orElseGet(() -> configurations.live(code).yaml());
        String yaml = org.reportingportals.tenant.directory.control.TenantYaml.withColors(base, colors);
        try {
            configurations.saveDraft(code, yaml, actor(), access.isPlatformAdmin(), clock.instant());
        } catch (TenantConfigurations.Refused refused) {
            return configurationPage(422, tenant.get(), base, refused.problems(), "draft-refused");
        }
        events.fire(new TenantChanged(TenantChanged.Change.DRAFT_SAVED, actor(), "tenant=" + code + " colours", clock.instant()));
        return seeOther("/admin/" + code + "/configuration?notice=draft-saved");
    }

    @POST
    @Path("{tenant}/configuration/draft/discard")
    @Controller
    @CsrfProtected
    @Transactional
    public Response discardDraft(@PathParam("tenant") String code) {
        if (access.administrable(code).isEmpty()) {
            return notFound();
        }
        configurations.discardDraft(code);
        events.fire(new TenantChanged(TenantChanged.Change.DRAFT_DISCARDED, actor(), "tenant=" + code, clock.instant()));
        return seeOther("/admin/" + code + "/configuration?notice=draft-discarded");
    }

    @POST
    @Path("{tenant}/configuration/publish")
    @Controller
    @CsrfProtected
    @Transactional
    public Response publish(@PathParam("tenant") String code) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        TenantConfigurations.Published published;
        try {
            published = configurations.publish(code, actor(), access.isPlatformAdmin(), clock.instant());
        } catch (TenantConfigurations.Refused refused) {
            String yaml = configurations.draft(code).map(TenantDraft::yaml).orElseGet(() -> configurations.live(code).yaml());
            return configurationPage(422, tenant.get(), yaml, refused.problems(), "publish-refused");
        }
        events.fire(new TenantChanged(TenantChanged.Change.PUBLISHED, actor(), "tenant=" + code + " version=" + published.version() + " " + published.diff(), clock.instant()));
        return seeOther("/admin/" + code + "/configuration?notice=published");
    }

    @POST
    @Path("{tenant}/configuration/versions/{version}/rollback")
    @Controller
    @CsrfProtected
    @Transactional
    public Response rollback(@PathParam("tenant") String code, @PathParam("version") int version) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        TenantConfigurations.Published published;
        try {
            published = configurations.rollback(code, version, actor(), clock.instant());
        } catch (TenantConfigurations.Refused | org.reportingportals.tenant.directory.control.TenantConfigException refused) {
            return seeOther("/admin/" + code + "/configuration?notice=rollback-refused");
        }
        events.fire(new TenantChanged(TenantChanged.Change.ROLLED_BACK, actor(), "tenant=" + code + " version=" + published.version() + " from=" + version + " " + published.diff(), clock.instant()));
        return seeOther("/admin/" + code + "/configuration?notice=rolled-back");
    }

    /** The live configuration as the YAML file the platform's seed files use: for review and version control. */
    @GET
    @Path("{tenant}/configuration.yaml")
    @Produces("application/yaml")
    @Transactional
    public Response export(@PathParam("tenant") String code) {
        if (access.administrable(code).isEmpty()) {
            return notFound();
        }
        TenantConfigurations.Live live = configurations.live(code);
        return Response.ok(live.yaml(), "application/yaml; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-v" + live.version() + ".yaml\"")
                .header("Cache-Control", "no-store").build();
    }

    // --- translations

    @GET
    @Path("{tenant}/translations")
    @Controller
    @Transactional
    public Response translations(@PathParam("tenant") String code) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        return translationsPage(200, edited(tenant.get()), "");
    }

    @POST
    @Path("{tenant}/translations")
    @Controller
    @CsrfProtected
    @Transactional
    public Response addLanguage(@PathParam("tenant") String code, @FormParam("language") String language) {
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            return notFound();
        }
        ULocale locale = language == null ? ULocale.ROOT : ULocale.forLanguageTag(language.strip());
        if (locale.getLanguage().isEmpty() || !ULocale.forLanguageTag(locale.toLanguageTag()).equals(locale)
                || language.strip().length() > 12) {
            return translationsPage(422, edited(tenant.get()), "language-invalid");
        }
        try {
            translations.addLocale(edited(tenant.get()), locale, actor(), access.isPlatformAdmin(), clock.instant());
        } catch (TenantConfigurations.Refused refused) {
            models.put("problems", refused.problems());
            return translationsPage(422, edited(tenant.get()), "language-refused");
        }
        events.fire(new TenantChanged(TenantChanged.Change.LOCALE_ADDED, actor(), "tenant=" + code + " locale=" + locale.toLanguageTag(), clock.instant()));
        return seeOther("/admin/" + code + "/translations/" + locale.toLanguageTag() + "?notice=language-added");
    }

    @GET
    @Path("{tenant}/translations/{lang: [A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}}")
    @Controller
    @Transactional
    public Response translationEditor(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                      @QueryParam("notice") String notice) {
        Optional<Tenant> tenant = access.administrable(code);
        Optional<ULocale> locale = tenant.flatMap(t -> language(edited(t), lang));
        if (locale.isEmpty()) {
            return notFound();
        }
        return editorPage(200, edited(tenant.get()), locale.get(), Map.of(), Map.of(), notice);
    }

    @POST
    @Path("{tenant}/translations/{lang: [A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}}")
    @Controller
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveTranslations(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                     MultivaluedMap<String, String> form) {
        Optional<Tenant> tenant = access.administrable(code);
        Optional<ULocale> locale = tenant.flatMap(t -> language(edited(t), lang));
        if (locale.isEmpty()) {
            return notFound();
        }
        Map<String, String> submitted = new java.util.TreeMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("t.") && !values.isEmpty()) {
                submitted.put(name.substring(2), values.get(0));
            }
        });
        return saveTexts(tenant.get(), locale.get(), submitted, "translations-saved");
    }

    @POST
    @Path("{tenant}/translations/{lang: [A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}}/import")
    @Controller
    @CsrfProtected
    @Transactional
    public Response importTranslations(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                       @FormParam("file") String file) {
        Optional<Tenant> tenant = access.administrable(code);
        Optional<ULocale> locale = tenant.flatMap(t -> language(edited(t), lang));
        if (locale.isEmpty()) {
            return notFound();
        }
        Map<String, String> texts;
        try {
            texts = translations.read(file == null ? "" : file);
        } catch (Translations.Invalid invalid) {
            return editorPage(422, edited(tenant.get()), locale.get(), Map.of(), invalid.problems(), "import-refused");
        }
        return saveTexts(tenant.get(), locale.get(), texts, "translations-imported");
    }

    @GET
    @Path("{tenant}/translations/{lang: [A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}}.{format: xlf|properties}")
    @Transactional
    public Response exportTranslations(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                       @PathParam("format") String format) {
        Optional<Tenant> tenant = access.administrable(code);
        Optional<ULocale> locale = tenant.flatMap(t -> language(edited(t), lang));
        if (locale.isEmpty()) {
            return notFound();
        }
        boolean xliff = format.equals("xlf");
        String body = xliff ? translations.exportXliff(edited(tenant.get()), locale.get())
                : translations.exportProperties(edited(tenant.get()), locale.get());
        return Response.ok(body, (xliff ? "application/xliff+xml" : "text/plain") + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-" + lang + "." + format + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private Response saveTexts(Tenant tenant, ULocale locale, Map<String, String> texts, String notice) {
        try {
            translations.save(tenant, locale, texts, actor(), access.isPlatformAdmin(), clock.instant());
        } catch (Translations.Invalid invalid) {
            return editorPage(422, tenant, locale, texts, invalid.problems(), "translations-refused");
        } catch (TenantConfigurations.Refused refused) {
            models.put("problems", refused.problems());
            return editorPage(422, tenant, locale, texts, Map.of(), "translations-refused");
        }
        events.fire(new TenantChanged(TenantChanged.Change.TRANSLATIONS_SAVED, actor(), "tenant=" + tenant.code() + " locale=" + locale.toLanguageTag() + " keys=" + texts.size(), clock.instant()));
        return seeOther("/admin/" + tenant.code() + "/translations/" + locale.toLanguageTag() + "?notice=" + notice);
    }

    /** The tenant as its editors currently see it: the draft if there is one, else the live configuration. */
    private Tenant edited(Tenant live) {
        return configurations.draftTenant(live.code()).orElse(live);
    }

    private static Optional<ULocale> language(Tenant tenant, String tag) {
        return tenant.locales().stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst();
    }

    private Response translationsPage(int status, Tenant tenant, String notice) {
        page();
        models.put("tenant", tenant);
        models.put("tenantName", tenant.name(ULocale.ENGLISH));
        models.put("statuses", translations.status(tenant));
        models.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
        if (!models.asMap().containsKey("problems")) {
            models.put("problems", List.of());
        }
        return view(status, "translations.html");
    }

    private Response editorPage(int status, Tenant tenant, ULocale locale, Map<String, String> typed,
                                Map<String, String> problems, String notice) {
        page();
        models.put("tenant", tenant);
        models.put("tenantName", tenant.name(ULocale.ENGLISH));
        models.put("language", locale.toLanguageTag());
        models.put("languageName", locale.getDisplayName(ULocale.ENGLISH));
        models.put("dir", org.reportingportals.core.portal.control.Languages.dir(locale));
        models.put("rows", translations.rows(tenant, locale));
        models.put("typed", typed);
        models.put("keyProblems", problems);
        models.put("status", translations.status(tenant).stream()
                .filter(s -> s.tag().equals(locale.toLanguageTag())).findFirst().orElseThrow());
        models.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
        if (!models.asMap().containsKey("problems")) {
            models.put("problems", List.of());
        }
        return view(status, "translation-editor.html");
    }

    private Response preview(String code) {
        String token = previews.issue(code, clock.instant());
        events.fire(new TenantChanged(TenantChanged.Change.PREVIEWED, actor(), "tenant=" + code, clock.instant()));
        return Response.seeOther(java.net.URI.create(request.getContextPath() + "/" + code + "/"))
                .header("Set-Cookie", PreviewTokens.COOKIE + "=" + token + "; Path=/; Max-Age="
                        + PreviewTokens.LIFETIME.toSeconds() + "; Secure; HttpOnly; SameSite=Strict")
                .header("Cache-Control", "no-store").build();
    }

    private Response configurationPage(int status, Tenant tenant, String yaml, List<String> problems, String notice) {
        page();
        models.put("tenant", tenant);
        models.put("tenantName", tenant.name(ULocale.ENGLISH));
        models.put("live", configurations.live(tenant.code()));
        models.put("draft", configurations.draft(tenant.code()).orElse(null));
        models.put("yaml", yaml);
        models.put("problems", problems);
        models.put("versions", configurations.versions(tenant.code()));
        Tenant edited = configurations.draftTenant(tenant.code()).orElse(tenant);
        models.put("colours", org.reportingportals.core.tenancy.control.Contrast.effective(edited.branding().colors()));
        models.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
        models.put("fmt", new StaffFormat(clock.instant()));
        if (!models.asMap().containsKey("reason")) {
            models.put("reason", "");
        }
        return view(status, "configuration.html");
    }

    private String actor() {
        return callers.current().map(c -> c.issuer() + "#" + c.subject()).orElse("unknown");
    }

    @POST
    @Path("logout")
    @Controller
    @CsrfProtected
    public Response logout() {
        return Response.seeOther(sessions.signOut(request)).header("Cache-Control", "no-store").build();
    }

    private Optional<StatisticsPeriods.Period> period(String from, String to) {
        models.put("from", from == null ? "" : from);
        models.put("to", to == null ? "" : to);
        try {
            StatisticsPeriods.Period period = periods.parse(from, to);
            models.put("period", period);
            return Optional.of(period);
        } catch (ProblemException invalid) {
            models.put("periodError", true);
            return Optional.empty();
        }
    }

    private void page() {
        OnDemandCsrfTokens.require(request);
        models.put("who", callers.current().map(Callers.Caller::displayName).orElse(""));
        models.put("platformAdmin", access.isPlatformAdmin());
        models.put("periodError", false);
    }

    private Response notFound() {
        page();
        return view(404, "not-found.html");
    }

    private static Response view(int status, String name) {
        return StaffPages.view(status, "admin/" + name);
    }

    private Response seeOther(String path) {
        return StaffPages.seeOther(request, path);
    }

    public record TenantTotals(String code, String name, String status, Totals totals) {
    }

    /** Sums over a period; sums of suppressed months are computed from the real values, then suppressed again. */
    public record Totals(org.reportingportals.core.partner.entity.Count reports,
                         org.reportingportals.core.partner.entity.Count assessed,
                         org.reportingportals.core.partner.entity.Count criminal,
                         org.reportingportals.core.partner.entity.Count takedowns) {

        static Totals of(List<MonthlyOutcomes> months) {
            return new Totals(sum(months, m -> m.reports().value()), sum(months, m -> m.urlsAssessed().value()),
                    sum(months, m -> m.outcome(org.reportingportals.core.partner.entity.OutcomeGroup.CRIMINAL).value()),
                    sum(months, m -> m.action(org.reportingportals.core.assessment.entity.Action.NOTICE_AND_TAKEDOWN).value()));
        }

        private static org.reportingportals.core.partner.entity.Count sum(List<MonthlyOutcomes> months,
                                                                         java.util.function.ToIntFunction<MonthlyOutcomes> f) {
            return new org.reportingportals.core.partner.entity.Count(months.stream().mapToInt(f).sum());
        }
    }
}
