package org.reportingportals.core.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rate limits' counts in the database ({@code rate_limit_counts}), so a limit counts once however many
 * instances answer a client. One atomic statement per attempt, on its own autocommit connection: the caller
 * ({@code Throttles}) runs outside any transaction, so the count commits at once and a refused request never opens
 * a transaction of its own.
 *
 * <p>PostgreSQL: {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}, atomic under concurrency by itself. H2:
 * {@code MERGE} inside a {@code FINAL TABLE} query, which answers the count it wrote; two first attempts of one
 * client racing to insert its row make one of them fail on the key, and that one is simply run again (it then
 * finds the row and updates it).
 *
 * <p>A client already refused in a window is answered from memory for the rest of it, without the database: a count
 * only grows within its window, so once one instance has read a count over the limit, every later attempt of that
 * client in that window is refused anyway. What is remembered is the attempt's row key only (kind, keyed hash,
 * window), at most {@link #REFUSED_CLIENTS} of them (Caffeine, least recently/frequently used evicted first; an
 * evicted client is simply counted in the database again). A flood from a few addresses so costs an HMAC and a
 * lookup per request; a flood of distinct addresses never fills it (each of them is under its limit).
 *
 * <p>A database that does not answer does not turn the check into an error: the attempt is let through (logged,
 * without anything of the client), and the request then meets the same database in its own work and fails the way
 * every request does while the database is away (the readiness check is down by then too).
 */
@ApplicationScoped
public class ThrottleCounts {

    private static final Logger LOG = Logger.getLogger(ThrottleCounts.class.getName());
    private static final int RACES = 5;
    /** Clients remembered as refused for the rest of their window, per instance: about 10 MB at most (ops/bench). */
    public static final int REFUSED_CLIENTS = 50_000;

    private static final String POSTGRES_COUNT = "INSERT INTO rate_limit_counts (window_start, kind, client_hash, attempts) "
            + "VALUES (?, ?, ?, 1) ON CONFLICT (window_start, kind, client_hash) "
            + "DO UPDATE SET attempts = rate_limit_counts.attempts + 1 RETURNING attempts";
    private static final String H2_COUNT = "SELECT attempts FROM FINAL TABLE (MERGE INTO rate_limit_counts t "
            + "USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(16)), CAST(? AS CHAR(32)))) s (window_start, kind, client_hash) "
            + "ON t.window_start = s.window_start AND t.kind = s.kind AND t.client_hash = s.client_hash "
            + "WHEN MATCHED THEN UPDATE SET attempts = t.attempts + 1 "
            + "WHEN NOT MATCHED THEN INSERT (window_start, kind, client_hash, attempts) "
            + "VALUES (s.window_start, s.kind, s.client_hash, 1))";
    private static final String PURGE = "DELETE FROM rate_limit_counts WHERE window_start < ? AND kind = ?";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private volatile Boolean postgres;
    private final Cache<Throttle.Attempt, Boolean> refused;

    protected ThrottleCounts() {
        // CDI
        this(null, REFUSED_CLIENTS);
    }

    /** For tests and tools: counts in this database. */
    public ThrottleCounts(DataSource dataSource) {
        this(dataSource, REFUSED_CLIENTS);
    }

    /** For tests and tools: counts in this database, remembering at most {@code refusedClients} refused clients. */
    public ThrottleCounts(DataSource dataSource, int refusedClients) {
        this.dataSource = dataSource;
        // a window divides an hour, and the key names its window: an entry can never outlive its use by more than that
        this.refused = Caffeine.newBuilder().maximumSize(refusedClients).expireAfterWrite(Duration.ofHours(1))
                .executor(Runnable::run).build();
    }

    /** True when this client may go ahead under this limit; counts the attempt either way (but once refused). */
    public boolean tryAcquire(Throttle throttle, String clientAddress) {
        Throttle.Attempt attempt = throttle.attempt(clientAddress);
        if (refused.getIfPresent(attempt) != null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            purge(connection, throttle.kind(), throttle.purgeDue(attempt));
            boolean allowed = throttle.allows(count(connection, attempt));
            if (!allowed) {
                refused.put(attempt, Boolean.TRUE);
            }
            return allowed;
        } catch (SQLException | RuntimeException unreachable) {
            LOG.log(Level.WARNING, "rate limit {0} not checked: the database did not answer ({1} {2})", new Object[] {
                    throttle.kind(), unreachable.getClass().getSimpleName(), state(unreachable)});
            return true;
        }
    }

    /** How many refused clients this instance remembers now (for tests and ops/bench). */
    public long refusedClientsRemembered() {
        refused.cleanUp();
        return refused.estimatedSize();
    }

    /** Adds the attempt to its row; the row's count after it, all instances' attempts included. */
    public long count(Throttle.Attempt attempt) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return count(connection, attempt);
        }
    }

    private long count(Connection connection, Throttle.Attempt attempt) throws SQLException {
        boolean pg = isPostgres(connection);
        for (int race = 1; ; race++) {
            try (PreparedStatement statement = connection.prepareStatement(pg ? POSTGRES_COUNT : H2_COUNT)) {
                statement.setLong(1, attempt.windowStart());
                statement.setString(2, attempt.kind());
                statement.setString(3, attempt.clientHash());
                try (ResultSet counted = statement.executeQuery()) {
                    counted.next();
                    return counted.getLong(1);
                }
            } catch (SQLException lost) {
                if (pg || race >= RACES || !Contention.lostRace(lost)) {
                    throw lost;
                }
            }
        }
    }

    private void purge(Connection connection, String kind, OptionalLong before) {
        if (before.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(PURGE)) {
            statement.setLong(1, before.getAsLong());
            statement.setString(2, kind);
            statement.executeUpdate();
        } catch (SQLException e) {
            // the next window's first attempt deletes these rows too
            LOG.log(Level.WARNING, "old rate limit windows not deleted ({0})", state(e));
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    private static String state(Exception e) {
        return e instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
    }
}
