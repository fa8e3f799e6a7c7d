package org.reportingportals.core.platform.control;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportingportals.core.platform.entity.PortalMode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counts on a real H2 (the version Payara Micro bundles), with the H2 migration of the table. */
class ThrottleCountsTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private JdbcDataSource h2;
    private Secrets secrets;

    @BeforeEach
    void database() throws Exception {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        try (InputStream migration = getClass().getClassLoader().getResourceAsStream("db/migration/h2/V12__rate_limit_counts.sql");
             Connection connection = h2.getConnection()) {
            connection.createStatement().execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
        secrets = Secrets.from(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), PortalMode.PRODUCTION,
                new SecureRandom());
    }

    private Throttle throttle(String kind, int limit, Clock clock) {
        return new Throttle(kind, limit, WINDOW, secrets, clock);
    }

    @Test
    void concurrentAttemptsOfOneClientEachGetTheirOwnCount() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:03:00Z"), ZoneOffset.UTC);
        ThrottleCounts counts = new ThrottleCounts(h2);
        Throttle.Attempt attempt = throttle("report", 1000, clock).attempt("198.51.100.7");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> attempts = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                attempts.add(() -> counts.count(attempt));
            }
            Set<Long> seen = new TreeSet<>();
            for (Future<Long> counted : pool.invokeAll(attempts)) {
                seen.add(counted.get());
            }
            assertEquals(400, seen.size(), "no two attempts saw the same count: none was lost");
            assertEquals(1L, ((TreeSet<Long>) seen).first());
            assertEquals(400L, ((TreeSet<Long>) seen).last());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLimitHoldsForTheAttemptsOfEveryInstanceTogether() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:03:00Z"), ZoneOffset.UTC);
        Throttle here = throttle("report", 3, clock);
        Throttle there = throttle("report", 3, clock);
        ThrottleCounts counts = new ThrottleCounts(h2);
        assertTrue(counts.tryAcquire(here, "198.51.100.7"));
        assertTrue(counts.tryAcquire(there, "198.51.100.7"));
        assertTrue(counts.tryAcquire(here, "198.51.100.7"));
        assertFalse(counts.tryAcquire(there, "198.51.100.7"), "the fourth, on either instance");
        assertTrue(counts.tryAcquire(there, "198.51.100.8"), "another client is not affected");
        assertTrue(counts.tryAcquire(throttle("status-check", 3, clock), "198.51.100.7"), "nor another limit");
    }

    @Test
    void anIpv6ClientRotatingItsAddressesWithinItsSlash64IsRefusedAtTheLimit() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:03:00Z"), ZoneOffset.UTC);
        Throttle throttle = throttle("report", 3, clock);
        ThrottleCounts counts = new ThrottleCounts(h2);
        assertTrue(counts.tryAcquire(throttle, "2001:db8:7:7::1"));
        assertTrue(counts.tryAcquire(throttle, "2001:db8:7:7::2"));
        assertTrue(counts.tryAcquire(throttle, "2001:db8:7:7:a:b:c:d"));
        assertFalse(counts.tryAcquire(throttle, "2001:db8:7:7:ffff::"), "a fresh address of the same /64 is the same client");
        assertTrue(counts.tryAcquire(throttle, "2001:db8:7:8::1"), "another /64 is not affected");
    }

    @Test
    void theFirstAttemptOfAWindowDeletesWindowsBeforeThePreviousOne() throws Exception {
        ThrottleTest.Hand clock = new ThrottleTest.Hand();
        Throttle throttle = throttle("report", 3, clock);
        ThrottleCounts counts = new ThrottleCounts(h2);
        counts.tryAcquire(throttle, "198.51.100.7");
        clock.now = clock.now.plus(WINDOW);
        counts.tryAcquire(throttle, "198.51.100.7");
        assertEquals(2, rows(), "the previous window stays");
        clock.now = clock.now.plus(WINDOW);
        counts.tryAcquire(throttle, "198.51.100.7");
        assertEquals(2, rows(), "the one before it went");
    }

    @Test
    void aClientRefusedInAWindowIsRefusedForTheRestOfItWithoutTheDatabase() throws Exception {
        ThrottleTest.Hand clock = new ThrottleTest.Hand();
        Throttle throttle = throttle("report", 2, clock);
        ThrottleCounts counts = new ThrottleCounts(h2);
        assertTrue(counts.tryAcquire(throttle, "198.51.100.7"));
        assertTrue(counts.tryAcquire(throttle, "198.51.100.7"));
        assertFalse(counts.tryAcquire(throttle, "198.51.100.7"));
        long counted = attempts();
        try (Connection connection = h2.getConnection()) {
            connection.createStatement().execute("ALTER TABLE rate_limit_counts RENAME TO rate_limit_counts_away");
        }
        // without the table an attempt that reached the database would be let through (see below)
        for (int i = 0; i < 100; i++) {
            assertFalse(counts.tryAcquire(throttle, "198.51.100.7"), "refused from memory, attempt " + i);
        }
        assertTrue(counts.tryAcquire(throttle, "198.51.100.8"), "another client still reaches the database (and gets through it)");
        try (Connection connection = h2.getConnection()) {
            connection.createStatement().execute("ALTER TABLE rate_limit_counts_away RENAME TO rate_limit_counts");
        }
        assertEquals(counted, attempts(), "the refused attempts were not written");
        clock.now = clock.now.plus(WINDOW);
        assertTrue(counts.tryAcquire(throttle, "198.51.100.7"), "a new window, a new count");
    }

    @Test
    void aFloodOfRefusedClientsIsRememberedOnlyUpToTheBound() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:03:00Z"), ZoneOffset.UTC);
        Throttle throttle = throttle("report", 1, clock);
        ThrottleCounts counts = new ThrottleCounts(h2, 100);
        for (int c = 0; c < 500; c++) {
            String client = "198.51." + (c / 250) + "." + (c % 250);
            assertTrue(counts.tryAcquire(throttle, client));
            assertFalse(counts.tryAcquire(throttle, client));
            assertFalse(counts.tryAcquire(throttle, client), "refused again, from memory or from the database");
        }
        assertTrue(counts.refusedClientsRemembered() <= 100, counts.refusedClientsRemembered() + " remembered");
        assertFalse(counts.tryAcquire(throttle, "198.51.0.0"), "an evicted client is refused by its count in the database");
    }

    @Test
    void anUnreachableDatabaseLetsTheAttemptThrough() {
        JdbcDataSource gone = new JdbcDataSource();
        gone.setURL("jdbc:h2:mem:gone;IFEXISTS=TRUE");
        assertTrue(new ThrottleCounts(gone).tryAcquire(throttle("report", 1, Clock.systemUTC()), "198.51.100.7"));
    }

    private long attempts() throws SQLException {
        try (Connection connection = h2.getConnection();
             ResultSet sum = connection.createStatement().executeQuery("SELECT SUM(attempts) FROM rate_limit_counts")) {
            sum.next();
            return sum.getLong(1);
        }
    }

    private long rows() throws SQLException {
        try (Connection connection = h2.getConnection();
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM rate_limit_counts")) {
            count.next();
            return count.getLong(1);
        }
    }
}
