package org.reportingportals.core.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.reportingportals.core.assessment.boundary.ClaimsResource;
import org.reportingportals.core.assessment.boundary.QueueResource;
import org.reportingportals.core.intake.boundary.ReportsResource;
import org.reportingportals.core.intake.boundary.StatusChecksResource;

import java.util.Set;

/**
 * The JSON API under {@code /api/v1}. Bearer tokens are MP-JWT, verified against the Keycloak realm's keys,
 * issuer and audience (see {@code microprofile-config.properties}). {@code @ApplicationScoped} is needed for
 * the MP-JWT beans to be discovered with annotated bean discovery. The classes are listed, not scanned, so
 * that this application and the pages at {@code /} never serve each other's resources.
 */
@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "portal")
@DeclareRoles({Roles.ANALYST, Roles.SENIOR_ANALYST, Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
@ApplicationScoped
public class PortalApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ReportsResource.class, StatusChecksResource.class, QueueResource.class, ClaimsResource.class,
                org.reportingportals.core.assessment.boundary.AnalystReportsResource.class,
                org.reportingportals.core.assessment.boundary.AssessmentExportsResource.class,
                org.reportingportals.core.assessment.boundary.TakedownsResource.class,
                org.reportingportals.core.assessment.boundary.ReviewsResource.class,
                org.reportingportals.core.audit.boundary.AuditResource.class,
                org.reportingportals.core.partner.boundary.StatisticsResource.class,
                RequestLimits.class, ProblemExceptionMapper.class, WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
