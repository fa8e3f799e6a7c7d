package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.reportingportals.core.platform.boundary.Callers;
import org.reportingportals.core.platform.boundary.Roles;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.List;
import java.util.Optional;

/**
 * Which tenants the caller may administer: a platform administrator every one, a partner administrator the
 * one in its token's {@code tenant} claim, anyone else none. The tenant asked for comes from the path only.
 */
@RequestScoped
public class PartnerAccess {

    @Inject
    HttpServletRequest request;

    @Inject
    Callers callers;

    @Inject
    TenantDirectory tenants;

    public boolean isPlatformAdmin() {
        return request.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    /** The tenant named in the path if the caller may act on it; empty (answer 404) otherwise, existing or not. */
    public Optional<Tenant> tenant(String code) {
        Optional<Tenant> tenant = tenants.find(code);
        if (isPlatformAdmin()) {
            return tenant;
        }
        if (!request.isUserInRole(Roles.PARTNER_ADMIN)) {
            return Optional.empty();
        }
        Optional<String> own = callers.current().flatMap(Callers.Caller::tenant);
        return tenant.filter(t -> own.isPresent() && own.get().equals(t.code()));
    }

    /** The tenants the caller may open, for the start page. */
    public List<Tenant> tenants() {
        if (isPlatformAdmin()) {
            return tenants.all();
        }
        return callers.current().flatMap(Callers.Caller::tenant).flatMap(this::tenant).stream().toList();
    }

    public String displayName() {
        return callers.current().map(Callers.Caller::displayName).orElse("");
    }
}
