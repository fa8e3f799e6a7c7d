package org.reportingportals.core.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.reportingportals.core.partner.control.PreviewTokens;
import org.reportingportals.core.partner.control.TenantConfigurations;
import org.reportingportals.core.portal.control.PortalSite;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * The tenant a portal page shows: the live configuration, or the draft for an editor holding a valid preview
 * token for exactly that tenant. A preview is marked on the request so the page says so and the response is
 * neither cached nor indexed.
 */
@RequestScoped
public class PreviewedTenants {

    static final String PREVIEW = PreviewedTenants.class.getName() + ".preview";

    @Inject
    HttpServletRequest request;

    @Inject
    PortalSite site;

    @Inject
    PreviewTokens tokens;

    @Inject
    TenantConfigurations configurations;

    @Inject
    Clock clock;

    public Optional<Tenant> find(String code) {
        Optional<Tenant> live = site.tenant(code);
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

    public static boolean isPreview(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PREVIEW));
    }
}
