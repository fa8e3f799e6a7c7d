import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.reportingportals.core.platform.control.Secrets;
import org.reportingportals.core.platform.control.Throttle;
import org.reportingportals.core.platform.control.ThrottleCounts;
import org.reportingportals.core.platform.entity.PortalMode;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The rate limiter (Throttle + ThrottleCounts, the classes the platform runs) under a flood of distinct addresses,
 * in one JVM against a real database: retained heap after a full GC and the database's size with 1,000,000
 * clients counted, the time of one attempt on an empty table and at 1,000,000 rows, the time of an attempt of a
 * client already refused, the bound of the refused clients remembered, and the purge of the full window.
 * Not a test: it prints figures (ops/bench/throttle-flood.sh writes them to ops/bench/results/).
 *
 * <p>Usage: {@code java -cp ... ThrottleFlood JDBC_URL USER PASSWORD [CLIENTS]}. On PostgreSQL the table is made in
 * the schema {@code throttle_bench} (dropped first), never in the platform's own schema.
 */
public class ThrottleFlood {

    static final Duration WINDOW = Duration.ofMinutes(10);

    /** A clock the bench moves by hand (the purge runs in a later window). */
    static final class Hand extends Clock {
        volatile Instant now = Instant.parse("2026-12-02T10:00:10Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        boolean pg = url.startsWith("jdbc:postgresql:");
        javax.sql.DataSource dataSource = pg ? postgres(url, args[1], args[2]) : h2(url, args[1], args[2]);
        String migration = new String(ThrottleCounts.class.getClassLoader()
                .getResourceAsStream("db/migration/" + (pg ? "postgresql" : "h2") + "/V12__rate_limit_counts.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (pg) {
                s.execute("DROP SCHEMA IF EXISTS throttle_bench CASCADE");
                s.execute("CREATE SCHEMA throttle_bench");
            } else {
                s.execute("DROP TABLE IF EXISTS rate_limit_counts");
            }
            s.execute(migration);
        }
        Secrets secrets = Secrets.from(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), PortalMode.PRODUCTION,
                new SecureRandom());
        Hand clock = new Hand();
        Throttle reports = new Throttle("report", 20, WINDOW, secrets, clock);
        ThrottleCounts counts = new ThrottleCounts(dataSource);
        System.out.printf(Locale.ROOT, "# %s, %d clients, JVM %s, -Xmx %d MB, %d cores%n", pg ? "PostgreSQL" : "H2 " + url,
                clients, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        // warm-up (JIT, pool) on addresses that are not counted later
        timed(counts, reports, 5_000, i -> "192.0.2." + (i % 250));
        long heapBefore = heapAfterGc();
        String empty = timed(counts, reports, 20_000, i -> address(10_000_000 + i));

        long t0 = System.nanoTime();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong allowed = new AtomicLong();
        Future<?>[] parts = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            int part = t;
            parts[t] = pool.submit(() -> {
                for (int i = part; i < clients; i += threads) {
                    if (counts.tryAcquire(reports, address(i))) {
                        allowed.incrementAndGet();
                    }
                }
            });
        }
        for (Future<?> f : parts) {
            f.get();
        }
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        long heapFull = heapAfterGc();
        String full = timed(counts, reports, 20_000, i -> address(20_000_000 + i));
        long rows = count(dataSource, "SELECT COUNT(*) FROM rate_limit_counts");
        String size = pg ? "table+index " + (count(dataSource, "SELECT pg_total_relation_size('rate_limit_counts')") >> 20) + " MB" : "";

        // a few addresses flooding: refused from memory after their 20th attempt
        for (int a = 0; a < 5; a++) {
            for (int k = 0; k < 21; k++) {
                counts.tryAcquire(reports, "203.0.113." + a);
            }
        }
        String refusedFlood = timed(counts, reports, 200_000, i -> "203.0.113." + (i % 5));

        // many addresses each refused (limit 1, second attempt): the memory of refused clients stays bounded
        Throttle strict = new Throttle("strict", 1, WINDOW, secrets, clock);
        int refusedClients = ThrottleCounts.REFUSED_CLIENTS + ThrottleCounts.REFUSED_CLIENTS / 5;
        long heapBeforeRefused = heapAfterGc();
        for (int i = 0; i < refusedClients; i++) {
            counts.tryAcquire(strict, address(30_000_000 + i));
            counts.tryAcquire(strict, address(30_000_000 + i));
        }
        long remembered = counts.refusedClientsRemembered();
        long heapRefused = heapAfterGc();

        // two windows later: the first attempt deletes the full window's rows (on the request path)
        clock.now = clock.now.plus(WINDOW.multipliedBy(2));
        long p0 = System.nanoTime();
        counts.tryAcquire(reports, "198.51.100.1");
        double purgeMillis = (System.nanoTime() - p0) / 1e6;
        long rowsAfterPurge = count(dataSource, "SELECT COUNT(*) FROM rate_limit_counts");
        pool.shutdown();

        System.out.printf(Locale.ROOT, "fill: %d distinct clients in %.1f s (%d threads, %.0f attempts/s), %d allowed%n",
                clients, fillSeconds, threads, clients / fillSeconds, allowed.get());
        System.out.printf(Locale.ROOT, "retained heap after full GC: %.1f MB before, %.1f MB with %d clients counted (delta %.1f MB)%n",
                heapBefore / 1048576.0, heapFull / 1048576.0, clients, (heapFull - heapBefore) / 1048576.0);
        System.out.printf(Locale.ROOT, "database: %d rows %s%n", rows, size);
        System.out.println("attempt of a new client, empty table:       " + empty);
        System.out.println("attempt of a new client, at " + rows / 1000 + "k rows:   " + full);
        System.out.println("attempt of a refused client (5 addresses): " + refusedFlood);
        System.out.printf(Locale.ROOT, "refused clients: %d refused, %d remembered (bound %d), retained heap %.1f MB -> %.1f MB (delta %.1f MB)%n",
                refusedClients, remembered, ThrottleCounts.REFUSED_CLIENTS, heapBeforeRefused / 1048576.0, heapRefused / 1048576.0,
                (heapRefused - heapBeforeRefused) / 1048576.0);
        System.out.printf(Locale.ROOT, "purge of the full window by the first attempt two windows later: %.0f ms (rows %d -> %d)%n",
                purgeMillis, rows + refusedClients + 5, rowsAfterPurge);
    }

    static String address(int i) {
        return (10 + (i >>> 24)) + "." + ((i >>> 16) & 0xff) + "." + ((i >>> 8) & 0xff) + "." + (i & 0xff);
    }

    /** n attempts one after the other; mean, median and 99th percentile in microseconds. */
    static String timed(ThrottleCounts counts, Throttle throttle, int n, IntFunction<String> client) {
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            counts.tryAcquire(throttle, client.apply(i));
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        double mean = Arrays.stream(micros).average().orElse(0);
        Arrays.sort(micros);
        return String.format(Locale.ROOT, "mean %.0f us, p50 %d us, p99 %d us (%d attempts)", mean, micros[n / 2],
                micros[(int) (n * 0.99)], n);
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long count(javax.sql.DataSource dataSource, String query) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    static javax.sql.DataSource postgres(String url, String user, String password) {
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=throttle_bench");
        pg.setUser(user);
        pg.setPassword(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
        pool.setMaxConnections(8);
        return pool;
    }

    static javax.sql.DataSource h2(String url, String user, String password) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
        pool.setMaxConnections(8);
        return pool;
    }
}
