package org.reportingportals.core.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.reportingportals.core.platform.boundary.Callers;
import org.reportingportals.core.platform.boundary.ProblemException;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.core.tenancy.control.PreviewTokens;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.core.tenancy.control.TenantLocales;
import org.reportingportals.core.tenancy.entity.Editor;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tenant a request addresses, decided in one place for every way in: the API's path, a portal page's path
 * (with the draft for an editor holding a preview token), a tenant's own host name, and a staff member's
 * administration path checked against the token's {@code tenant} claim. The tenant never comes from a body, a
 * query or a header the client chooses; an unknown tenant and one the caller may not see answer alike.
 */
@RequestScoped
public class Tenants {

    static final String PREVIEW = Tenants.class.getName() + ".preview";

    @Inject
    HttpServletRequest request;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantLocales locales;

    @Inject
    PreviewTokens tokens;

    @Inject
    TenantConfigurations configurations;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** The API's tenant: one that accepts reports, else the problem "no such portal" (404). */
    public Tenant acceptingReports(String code) {
        return directory.find(code).filter(t -> t.status().acceptsReports())
                .orElseThrow(() -> new ProblemException(ProblemType.TENANT_NOT_FOUND));
    }

    /**
     * The tenant a portal page shows: the live configuration, or the draft for an editor holding a valid preview
     * token for exactly that tenant. A preview is marked on the request, so the page says so and the response is
     * neither cached nor indexed.
     */
    public Optional<Tenant> shown(String code) {
        Optional<Tenant> live = directory.find(code);
        if (live.isEmpty()) {
            return live;
        }
        Optional<String> previewed = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> PreviewTokens.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst()
                .flatMap(token -> tokens.tenant(token, clock.instant()));
        if (previewed.isPresent() && previewed.get().equals(code)) {
            Optional<Tenant> draft = configurations.draftTenant(code);
            if (draft.isPresent()) {
                request.setAttribute(PREVIEW, Boolean.TRUE);
                return draft;
            }
        }
        return live;
    }

    /**
     * The {@code Set-Cookie} value that carries a preview token to the portal pages: host-only, Secure, HttpOnly,
     * SameSite=Strict, and no longer-lived than the token. Written here, next to where {@link #shown} reads it.
     */
    public static String previewCookie(Configurations.Preview preview) {
        return PreviewTokens.COOKIE + "=" + preview.token() + "; Path=/; Max-Age=" + preview.lifetime().toSeconds()
                + "; Secure; HttpOnly; SameSite=Strict";
    }

    /** Whether this request shows a draft through a preview token. */
    public static boolean isPreview(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PREVIEW));
    }

    /** The tenant whose own host name this is. */
    public Optional<Tenant> byHost(String host) {
        return directory.byHost(host);
    }

    /** The languages of a tenant as its current configuration has them (a publication may change them). */
    public LocaleNegotiator locales(Tenant tenant) {
        return locales.of(tenant);
    }

    public boolean isPlatformAdmin() {
        return request.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    /** The signed-on staff member as the configuration use cases know them: identity and team, from the sign-on. */
    public Editor editor() {
        return new Editor(callers.current().map(c -> c.issuer() + "#" + c.subject()).orElse("unknown"), isPlatformAdmin());
    }

    /**
     * The tenant named in an administration path if the caller may act on it: a platform administrator every
     * one, a partner administrator the one in its token's {@code tenant} claim. Empty otherwise, existing or not.
     */
    public Optional<Tenant> administrable(String code) {
        Optional<Tenant> tenant = directory.find(code);
        if (isPlatformAdmin()) {
            return tenant;
        }
        if (!request.isUserInRole(Roles.PARTNER_ADMIN)) {
            return Optional.empty();
        }
        Optional<String> own = callers.current().flatMap(Callers.Caller::tenant);
        return tenant.filter(t -> own.isPresent() && own.get().equals(t.code()));
    }

    /** The tenants the caller may administer, for the start page. */
    public List<Tenant> administrable() {
        if (isPlatformAdmin()) {
            return directory.all();
        }
        return callers.current().flatMap(Callers.Caller::tenant).flatMap(this::administrable).stream().toList();
    }
}
