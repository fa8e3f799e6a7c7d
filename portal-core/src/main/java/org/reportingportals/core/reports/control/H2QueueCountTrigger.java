package org.reportingportals.core.reports.control;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * H2's half of migration V11_1: appends a change to {@code queue_count_changes} whenever a report enters, leaves
 * or moves between the open statuses, in the writing transaction. PostgreSQL does the same in a statement-level
 * SQL trigger. H2 loads this class by name (through the context class loader, which is the application's when
 * the first statement runs), so it must stay public with a no-argument constructor.
 */
public class H2QueueCountTrigger implements Trigger {

    private static final String APPEND = "INSERT INTO queue_count_changes (tenant_code, child_in_danger, status, delta)"
            + " VALUES (?, ?, ?, ?)";

    private int tenant = -1;
    private int danger = -1;
    private int status = -1;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schema, table, null)) {
            int position = 0;
            while (columns.next()) {
                switch (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
                    case "tenant_code" -> tenant = position;
                    case "child_in_danger" -> danger = position;
                    case "status" -> status = position;
                    default -> { }
                }
                position++;
            }
        }
        if (tenant < 0 || danger < 0 || status < 0) {
            throw new SQLException("reports lacks tenant_code, child_in_danger or status");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(oldRow[tenant], newRow[tenant])
                && Objects.equals(oldRow[danger], newRow[danger]) && Objects.equals(oldRow[status], newRow[status])) {
            return; // a renewal, a shredded contact: nothing moved
        }
        append(conn, oldRow, -1);
        append(conn, newRow, 1);
    }

    private void append(Connection conn, Object[] row, int delta) throws SQLException {
        if (row == null || !QueueTally.OPEN_STATUSES.contains(String.valueOf(row[status]))) {
            return;
        }
        try (PreparedStatement insert = conn.prepareStatement(APPEND)) {
            insert.setString(1, (String) row[tenant]);
            insert.setBoolean(2, (Boolean) row[danger]);
            insert.setString(3, (String) row[status]);
            insert.setLong(4, delta);
            insert.executeUpdate();
        }
    }
}
