package org.reportingportals.core.partner.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.partner.control.Translations;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code /admin/{tenant}/translations}: how complete each language of the tenant is, adding a language, one
 * language side by side with English, and the files for translators (XLIFF 2.0 and {@code .properties}, export
 * and import), over the {@link Translating} use cases. The exports are plain JAX-RS methods, so their text is not
 * taken for a view name.
 */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class TranslationPages {

    /** A language as a path segment: a BCP 47 tag of language, script and region (no capturing groups: STACK.md). */
    private static final String LANG = "{lang: [A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}}";

    @Inject
    AdminScreens screens;

    @Inject
    Translating translating;

    @GET
    @Path("{tenant}/translations")
    @Controller
    public Response translations(@PathParam("tenant") String code) {
        return screens.forTenant(code, tenant -> overview(200, tenant, ""));
    }

    @POST
    @Path("{tenant}/translations")
    @Controller
    @CsrfProtected
    public Response addLanguage(@PathParam("tenant") String code, @FormParam("language") String language) {
        return screens.forTenant(code, tenant -> {
            ULocale locale = language == null ? ULocale.ROOT : ULocale.forLanguageTag(language.strip());
            if (locale.getLanguage().isEmpty() || !ULocale.forLanguageTag(locale.toLanguageTag()).equals(locale)
                    || language.strip().length() > 12) {
                return overview(422, tenant, "language-invalid");
            }
            try {
                translating.addLanguage(tenant, locale, screens.editor());
            } catch (TenantConfigurations.Refused refused) {
                screens.models().put("problems", refused.problems());
                return overview(422, tenant, "language-refused");
            }
            return screens.seeOther("/admin/" + code + "/translations/" + locale.toLanguageTag() + "?notice=language-added");
        });
    }

    @GET
    @Path("{tenant}/translations/" + LANG)
    @Controller
    public Response translationEditor(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                      @QueryParam("notice") String notice) {
        return forLanguage(code, lang, (tenant, locale) -> sheet(200, tenant, locale, Map.of(), Map.of(), notice));
    }

    @POST
    @Path("{tenant}/translations/" + LANG)
    @Controller
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTranslations(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                     MultivaluedMap<String, String> form) {
        return forLanguage(code, lang, (tenant, locale) -> save(tenant, locale, AdminScreens.fields(form, "t."),
                "translations-saved"));
    }

    @POST
    @Path("{tenant}/translations/" + LANG + "/import")
    @Controller
    @CsrfProtected
    public Response importTranslations(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                       @FormParam("file") String file) {
        return forLanguage(code, lang, (tenant, locale) -> {
            Map<String, String> texts;
            try {
                texts = translating.read(file == null ? "" : file);
            } catch (Translations.Invalid invalid) {
                return sheet(422, tenant, locale, Map.of(), invalid.problems(), "import-refused");
            }
            return save(tenant, locale, texts, "translations-imported");
        });
    }

    @GET
    @Path("{tenant}/translations/" + LANG + ".{format: xlf|properties}")
    public Response exportTranslations(@PathParam("tenant") String code, @PathParam("lang") String lang,
                                       @PathParam("format") String format) {
        return forLanguage(code, lang, (tenant, locale) -> {
            boolean xliff = format.equals("xlf");
            return AdminScreens.download(xliff ? translating.xliff(tenant, locale) : translating.properties(tenant, locale),
                    xliff ? "application/xliff+xml" : "text/plain", code + "-" + lang + "." + format);
        });
    }

    /** The screen of one of the tenant's languages; a language the tenant does not have is not found. */
    private Response forLanguage(String code, String tag, BiFunction<Tenant, ULocale, Response> screen) {
        return screens.forTenant(code, tenant -> translating.language(tenant, tag)
                .map(locale -> screen.apply(tenant, locale)).orElseGet(screens::notFound));
    }

    private Response save(Tenant tenant, ULocale locale, Map<String, String> texts, String notice) {
        try {
            translating.save(tenant, locale, texts, screens.editor());
        } catch (Translations.Invalid invalid) {
            return sheet(422, tenant, locale, texts, invalid.problems(), "translations-refused");
        } catch (TenantConfigurations.Refused refused) {
            screens.models().put("problems", refused.problems());
            return sheet(422, tenant, locale, texts, Map.of(), "translations-refused");
        }
        return screens.seeOther("/admin/" + tenant.code() + "/translations/" + locale.toLanguageTag() + "?notice=" + notice);
    }

    private Response overview(int status, Tenant tenant, String notice) {
        Translating.Overview overview = translating.overview(tenant);
        screens.page(overview.tenant());
        screens.models().put("statuses", overview.statuses());
        return framed(status, notice, "translations.html");
    }

    private Response sheet(int status, Tenant tenant, ULocale locale, Map<String, String> typed,
                           Map<String, String> problems, String notice) {
        Translating.Sheet sheet = translating.sheet(tenant, locale);
        screens.page(sheet.tenant());
        screens.models().put("language", locale.toLanguageTag());
        screens.models().put("languageName", locale.getDisplayName(ULocale.ENGLISH));
        screens.models().put("dir", sheet.dir());
        screens.models().put("rows", sheet.rows());
        screens.models().put("typed", typed);
        screens.models().put("keyProblems", problems);
        screens.models().put("status", sheet.status());
        return framed(status, notice, "translation-editor.html");
    }

    private Response framed(int status, String notice, String view) {
        screens.notice(notice);
        if (!screens.models().asMap().containsKey("problems")) {
            screens.models().put("problems", List.of());
        }
        return screens.view(status, view);
    }
}
