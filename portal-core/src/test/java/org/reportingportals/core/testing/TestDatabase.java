package org.reportingportals.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The integration tests' database as failsafe names it ({@code it.db.*}). Only PostgreSQL can be reached from
 * a test: H2 runs in the server's own memory.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean onPostgres() {
        return System.getProperty("it.db.url", "").startsWith("jdbc:postgresql:");
    }

    /** As the application's role: the rights the platform has. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    /** As the schema's owner, the role Flyway migrates as: for a test that must change the schema. */
    public static Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.owner-user"),
                System.getProperty("it.db.owner-password"));
    }
}
