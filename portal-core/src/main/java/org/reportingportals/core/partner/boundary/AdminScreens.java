package org.reportingportals.core.partner.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.platform.boundary.Callers;
import org.reportingportals.core.platform.boundary.OnDemandCsrfTokens;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.StaffPages;
import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.tenancy.entity.Editor;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What every administration screen shares: the guard (the tenant in the path must be the caller's to administer,
 * else the same 404 as a tenant that does not exist), the signed-on editor, the page frame and notice, and the
 * answers a screen gives (a page, a redirect, a download, not found). The screen families
 * ({@link PlatformAdminPages}, {@link StatisticsPages}, {@link ConfigurationPages}, {@link TranslationPages})
 * only map forms to use cases and back.
 */
@RequestScoped
public class AdminScreens {

    /** Notices a redirect may ask an administration page to show; anything else is ignored. */
    private static final Set<String> NOTICES = Set.of("draft-saved", "draft-refused",
            "draft-discarded", "published", "publish-refused", "rolled-back", "rollback-refused", "language-invalid",
            "language-refused", "language-added", "translations-saved", "translations-imported", "translations-refused",
            "import-refused", "logo-uploaded", "logo-refused", "created", "status-refused", "status-live", "status-suspended");

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    Tenants tenants;

    @Inject
    Callers callers;

    @Inject
    StatisticsPeriods periods;

    /** The screen of a tenant the caller may administer, else not found: the answer never says whether it exists. */
    Response forTenant(String code, Function<Tenant, Response> screen) {
        return tenants.administrable(code).map(screen).orElseGet(this::notFound);
    }

    Editor editor() {
        return tenants.editor();
    }

    boolean isPlatformAdmin() {
        return tenants.isPlatformAdmin();
    }

    Models models() {
        return models;
    }

    /** Sets up a screen: who is signed on, what they may open, a CSRF token for its forms. */
    void page() {
        OnDemandCsrfTokens.require(request);
        models.put("who", callers.current().map(Callers.Caller::displayName).orElse(""));
        models.put("platformAdmin", tenants.isPlatformAdmin());
        models.put("periodError", false);
    }

    /** Sets up the screen of one tenant, with its navigation. */
    void page(Tenant tenant) {
        page();
        models.put("tenant", tenant);
        models.put("tenantName", tenant.name(ULocale.ENGLISH));
    }

    void notice(String notice) {
        models.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
    }

    /** The period of a statistics screen from its query; empty, with the form marked, when it is not one. */
    Optional<StatisticsPeriods.Period> period(String from, String to) {
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

    Response view(int status, String name) {
        return StaffPages.view(status, "admin/" + name);
    }

    Response seeOther(String path) {
        return StaffPages.seeOther(request, path);
    }

    Response notFound() {
        page();
        return view(404, "not-found.html");
    }

    /** A file to save, never cached: {@code type} without its charset, which is always UTF-8. */
    static Response download(String body, String type, String fileName) {
        return Response.ok(body, type + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The fields of a form named {@code prefix + key}, by key (the first value of each). */
    static Map<String, String> fields(MultivaluedMap<String, String> form, String prefix) {
        Map<String, String> fields = new TreeMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(prefix) && !values.isEmpty()) {
                fields.put(name.substring(prefix.length()), values.get(0));
            }
        });
        return fields;
    }
}
