package org.reportingportals.core.platform.control;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutagesTest {

    @Test
    void aDatabaseOutOfReachIsAnOutageHoweverDeepItIsWrapped() {
        assertTrue(DatabaseOutages.isOutage(new PersistenceException(new RuntimeException(
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))), "PostgreSQL stopped");
        assertTrue(DatabaseOutages.isOutage(new RuntimeException(new SQLException("terminating connection", "57P01"))),
                "backend terminated");
        assertTrue(DatabaseOutages.isOutage(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutages.isOutage(new SQLException("too many clients", "53300")));
        assertTrue(DatabaseOutages.isOutage(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseOutages.isOutage(new IllegalStateException(new SQLTransientConnectionException("pool"))));
        assertTrue(DatabaseOutages.isOutage(new RuntimeException(new ConnectException("refused"))));
    }

    @Test
    void faultsAndRacesAreNotOutages() {
        assertFalse(DatabaseOutages.isOutage(new SQLException("duplicate key", "23505")), "a lost race is a conflict");
        assertFalse(DatabaseOutages.isOutage(new SQLException("syntax", "42601")), "our bug is a fault");
        assertFalse(DatabaseOutages.isOutage(new SQLException("no state")));
        assertFalse(DatabaseOutages.isOutage(new NullPointerException()));
        assertFalse(DatabaseOutages.isOutage(null));
    }
}
