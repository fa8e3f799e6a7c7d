package org.reportingportals.core.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before the application serves. The same migrations run on H2 and
 * PostgreSQL; they are written in the SQL both understand.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.reportingportals.core.platform.control.PortalDataSource",
        // defaults must be inline: microprofile-config.properties is not read for data source definitions
        url = "${MPCONFIG=portal.db.url:" + DatabaseMigration.DEFAULT_URL + "}",
        user = "${MPCONFIG=portal.db.user:portal}",
        password = "${MPCONFIG=portal.db.password:portal}",
        minPoolSize = 2,
        maxPoolSize = 30)
@Singleton
@Startup
@DependsOn("SettingsCheck") // a production start with unsafe settings never touches the database
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";
    /**
     * Zero-setup default in dev mode: an H2 file database under {@code ./data/} of the working directory. Production
     * refuses to start without {@code portal.db.url} ({@code PlatformBeans.database}).
     */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        String vendor = vendor();
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                // common SQL for both databases, plus what each does its own way (triggers)
                .locations(vendor.equals("postgresql")
                        ? new String[]{"classpath:db/migration/common", "classpath:db/migration/postgresql"}
                        : new String[]{"classpath:db/migration/common", "classpath:db/migration/h2"})
                .load()
                .migrate();
        LOG.info(() -> String.format("%s schema at version %s (%d migrations applied in %d ms)", vendor,
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000));
    }

    private String vendor() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
