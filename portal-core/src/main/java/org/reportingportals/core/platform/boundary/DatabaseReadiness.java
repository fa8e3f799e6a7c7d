package org.reportingportals.core.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.reportingportals.core.platform.control.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready only when the database answers and the schema exists (so a failed migration is never "ready"). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")) {
            result.next();
            boolean clean = result.getLong(1) == 0;
            return HealthCheckResponse.named("database").status(clean).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
