package org.reportingportals.core.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Map;
import java.util.Set;

/**
 * The JSON API under {@code /api/v1}. Bearer tokens are MP-JWT, verified against the Keycloak realm's keys,
 * issuer and audience (see {@code microprofile-config.properties}). {@code @ApplicationScoped} is needed for
 * the MP-JWT beans to be discovered with annotated bean discovery. Only classes marked
 * {@link ApiResource} are served, so this application and the pages at {@code /} never serve each other's
 * resources.
 */
@OpenAPIDefinition(info = @Info(title = "Reporting Portals API", version = "1",
        description = "Intake and status for the citizens' portals, the central assessment queue for analysts, "
                + "and outcome statistics for partners. Errors are RFC 9457 problem documents."))
@ApplicationPath(PortalApplication.PATH)
@LoginConfig(authMethod = "MP-JWT", realmName = "portal")
@DeclareRoles({Roles.ANALYST, Roles.SENIOR_ANALYST, Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
@ApplicationScoped
public class PortalApplication extends Application {

    static final String PATH = "api/v1";

    @Override
    public Set<Class<?>> getClasses() {
        return Resources.carrying(ApiResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(Resources.WADL_DISABLED, true);
    }
}
