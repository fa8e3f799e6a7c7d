package org.reportingportals.core.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.reportingportals.core.platform.entity.DatabaseSettings;
import org.reportingportals.core.platform.entity.PortalMode;
import org.reportingportals.core.platform.entity.SecretSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before the application serves. The same migrations run on H2 and
 * PostgreSQL; they are written in the SQL both understand.
 *
 * <p>On PostgreSQL Flyway runs as the schema's owner ({@code portal.db.owner-user}), never through the application's
 * pool, and the migrations grant the application's role ({@code portal.db.user}) only what it needs and read the
 * partner statistics under row-level security (V15). The role of the pool is handed to them as the placeholder
 * {@code app_role}; its statistics role is {@code <app_role>_statistics}, which the database's administrator creates
 * (ops/postgres/prepare.sh, the Kubernetes Cluster). After migrating, the application's role is checked: if it owns
 * the schema's tables or bypasses row-level security, the guard would be its own to remove, so production refuses
 * to start and dev says so.
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
    /** The statistics role of an application role: {@code <role>_statistics} (V15, {@code OutcomeStatistics}). */
    public static final String STATISTICS_ROLE_SUFFIX = "_statistics";
    /**
     * Zero-setup default in dev mode: an H2 file database under {@code ./data/} of the working directory. Production
     * refuses to start without {@code portal.db.url} ({@code PlatformBeans.database}).
     */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseSettings database;

    @Inject
    SecretSettings mode;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        String vendor = vendor();
        String appRole = applicationRole();
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(database.owner().filter(owner -> !owner.user().equalsIgnoreCase(appRole))
                        .map(this::ownerDataSource).orElse(dataSource))
                .placeholders(Map.of("app_role", appRole, "statistics_role", appRole + STATISTICS_ROLE_SUFFIX))
                // common SQL for both databases, plus what each does its own way (triggers)
                .locations(vendor.equals("postgresql")
                        ? new String[]{"classpath:db/migration/common", "classpath:db/migration/postgresql"}
                        : new String[]{"classpath:db/migration/common", "classpath:db/migration/h2"})
                .load()
                .migrate();
        LOG.info(() -> String.format("%s schema at version %s (%d migrations applied in %d ms)", vendor,
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000));
        if (vendor.equals("postgresql")) {
            applicationRoleCannotUnguard().ifPresent(this::refuse);
        }
    }

    private DataSource ownerDataSource(DatabaseSettings.Login owner) {
        PortalDataSource source = new PortalDataSource();
        source.setUrl(database.url());
        source.setUser(owner.user());
        source.setPassword(owner.password());
        return source;
    }

    private String applicationRole() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    /** Why the pool's role could lift the statistics guard itself, if it could. */
    private Optional<String> applicationRoleCannotUnguard() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT r.rolsuper OR r.rolbypassrls, EXISTS (SELECT 1 FROM pg_class c "
                     + "WHERE c.relnamespace = current_schema()::regnamespace AND c.relowner = r.oid AND c.relkind IN ('r', 'v')) "
                     + "FROM pg_roles r WHERE r.rolname = current_user")) {
            row.next();
            if (row.getBoolean(1)) {
                return Optional.of("the application's database role is a superuser or bypasses row-level security");
            }
            if (row.getBoolean(2)) {
                return Optional.of("the application's database role owns the schema's tables: migrate as another "
                        + "role (portal.db.owner-user, portal.db.owner-password) that owns them");
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the application's database role", e);
        }
    }

    private void refuse(String reason) {
        if (mode.mode() == PortalMode.PRODUCTION) {
            throw new IllegalStateException("refusing to start in production mode: " + reason);
        }
        LOG.warning(() -> "dev mode: " + reason + "; the row-level security of partner statistics is not enforced "
                + "against this role");
    }

    private String vendor() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
