package org.reportingportals.core.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (stopped, restarting, failing over, out of connections) from a fault.
 * The request was fine and nothing was committed, so the answer is 503 with {@code Retry-After}, not 500: a client
 * that retries after the outage (with the same {@code Idempotency-Key}) gets its report taken exactly once.
 */
public final class DatabaseOutages {

    /** What a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /**
     * SQLSTATE class 08 (connection exception) and, from PostgreSQL, 57P01 admin shutdown (also a backend
     * terminated mid-transaction), 57P02 crash shutdown, 57P03 cannot connect now (starting up or recovering),
     * 53300 too many connections.
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** The application server's connection pool says it could not get a connection, by these types. */
    private static final Set<String> POOL_FAILURES = Set.of("com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException", "jakarta.resource.ResourceException");

    private DatabaseOutages() {
    }

    /** True when {@code failure}, or what caused it, is the database being out of reach. */
    public static boolean isOutage(Throwable failure) {
        return Contention.causes(failure).anyMatch(t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                || POOL_FAILURES.contains(t.getClass().getName())
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState())));
    }
}
