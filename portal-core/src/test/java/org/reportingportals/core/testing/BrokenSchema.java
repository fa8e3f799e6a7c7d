package org.reportingportals.core.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A genuine server fault without a switch in the product: a table or view of the test's PostgreSQL database
 * renamed away for the length of a try block (as a migration gone wrong would leave it), then put back. Any
 * statement of the platform that names it fails with "relation does not exist" (SQLSTATE 42P01), which is no
 * outage and no race: the pages must answer it as a fault with an incident. PostgreSQL only (H2 lives in the
 * server's memory). Renamed as the schema's owner: the platform's own role owns nothing.
 */
public final class BrokenSchema implements AutoCloseable {

    private final String kind;
    private final String name;

    private BrokenSchema(String kind, String name) throws SQLException {
        this.kind = kind;
        this.name = name;
        execute("ALTER " + kind + " " + name + " RENAME TO " + name + "_renamed_away");
    }

    public static BrokenSchema withoutTable(String name) throws SQLException {
        return new BrokenSchema("TABLE", name);
    }

    public static BrokenSchema withoutView(String name) throws SQLException {
        return new BrokenSchema("VIEW", name);
    }

    @Override
    public void close() throws SQLException {
        execute("ALTER " + kind + " " + name + "_renamed_away RENAME TO " + name);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = TestDatabase.connectAsOwner(); Statement s = db.createStatement()) {
            s.execute("SET lock_timeout = '10s'");
            s.execute(sql);
        }
    }
}
