package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.tenancy.boundary.TenantHosts;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import org.reportingportals.core.platform.control.PlatformLocales;
import org.reportingportals.core.platform.control.PageMessages;
import org.reportingportals.core.portal.control.PortalSite;
import org.reportingportals.core.portal.entity.Page;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.Optional;

/** Puts the page model and the bound messages into the MVC models for one request. */
@RequestScoped
public class PageModels {

    @Inject
    PortalSite site;

    @Inject
    PageMessages messages;

    @Inject
    PlatformLocales platformLocales;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** Where this tenant's pages start: {@code /ug}, or nothing on the tenant's own host. */
    public String base(Tenant tenant) {
        return TenantHosts.isHostMode(request) ? "" : "/" + tenant.code();
    }

    public Page tenantPage(Tenant tenant, ULocale locale, String id) {
        Page page = site.page(tenant, locale, id, base(tenant));
        models.put("page", page);
        models.put("msg", messages.bind(Optional.of(tenant), locale));
        models.put("preview", Tenants.isPreview(request));
        return page;
    }

    /** For message.html: which catalog message ({@code <key>.title}, {@code <key>.body}) the page shows. */
    public void message(String key) {
        models.put("message", key);
    }

    /** For message.html of a server fault: the incident id the visitor can quote, the same as in the log line. */
    public void incident(String id) {
        models.put("incident", id);
    }

    public Page platformPage(String id) {
        ULocale locale = platformLocales.negotiate(request.getHeader("Accept-Language"));
        Page page = site.platformPage(id, locale);
        models.put("page", page);
        models.put("msg", messages.bind(Optional.empty(), locale));
        return page;
    }
}
