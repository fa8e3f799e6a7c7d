package org.reportingportals.core.platform.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.platform.control.PortalDataSource;
import org.reportingportals.core.platform.control.Secrets;
import org.reportingportals.core.platform.control.Throttle;
import org.reportingportals.core.platform.control.ThrottleCounts;
import org.reportingportals.core.platform.entity.PortalMode;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.Eventually;
import org.reportingportals.core.testing.StaffSession;
import org.reportingportals.core.testing.TestTokens;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.control.TenantYaml;
import org.reportingportals.themes.assets.control.Fingerprints;
import org.reportingportals.themes.assets.control.TokenStylesheet;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every instance behind the load balancer must agree on, proved the way a second instance would break it: this
 * test writes to the platform's database exactly what another instance writes (its rate limit counts, through the
 * same code and the same derived key; a published version and its logo, through the same rows as
 * {@code TenantConfigurations} and {@code LogoStore}), and this instance must act on it. The container
 * {@code payara-micro-shared-db} gives the server a database the test reaches too (on H2 a file shared over
 * {@code AUTO_SERVER}; on PostgreSQL the tests' database) and a report limit of {@value #REPORT_LIMIT}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OtherInstancesIT {

    /** {@code portal.rate-limit.reports} of the container. */
    private static final int REPORT_LIMIT = 5;

    @ArquillianResource
    URL base;

    private Api api;

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-shared-db")
    static WebArchive deployment() throws IOException {
        String url = System.getProperty("it.shared-db.url", "");
        if (url.startsWith("jdbc:h2:file:")) {
            // a fresh file for each run, as the in-memory H2 of the other tests is
            Path file = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')));
            for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        return Deployments.portal();
    }

    /** By IPv4 loopback, so the server knows this test as the client 127.0.0.1 whatever {@code localhost} resolves to. */
    @BeforeEach
    void api() throws java.net.MalformedURLException {
        api = new Api(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()));
    }

    private static PortalDataSource database() {
        PortalDataSource database = new PortalDataSource();
        database.setUrl(System.getProperty("it.shared-db.url"));
        database.setUser(System.getProperty("it.db.user"));
        database.setPassword(System.getProperty("it.db.password"));
        return database;
    }

    private static Connection connect() throws SQLException {
        return database().getConnection();
    }

    // --- A: rate limits count once, whichever instance answers

    /**
     * Last of the class: it leaves this instance's client over the report limit, and an instance remembers a refused
     * client for the rest of the window without asking the database again, so deleting the counts afterwards frees
     * it only for the test classes after this one (each deploys a fresh instance).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theReportLimitCountsTheAttemptsOfEveryInstanceTogether() throws Exception {
        awayFromAWindowsEnd();
        Secrets secrets = Secrets.from(Optional.of(System.getProperty("it.secret-key")), PortalMode.PRODUCTION, new SecureRandom());
        Throttle otherInstance = new Throttle("report", REPORT_LIMIT, Throttles.WINDOW, secrets, Clock.systemUTC());
        ThrottleCounts sharedCounts = new ThrottleCounts(database());
        deleteCounts("report");
        try {
            for (int i = 0; i < REPORT_LIMIT; i++) {
                assertTrue(sharedCounts.tryAcquire(otherInstance, "198.51.100.9"));
            }
            assertFalse(sharedCounts.tryAcquire(otherInstance, "198.51.100.9"), "another client, over the limit there");

            assertEquals(201, report(1).status(), "a different client is not affected");
            assertEquals(201, report(2).status());
            Throttle.Attempt mine = otherInstance.attempt("127.0.0.1");
            assertEquals(2, counted(mine), "this instance counted its two reports in the row the other instance names "
                    + "for this client: same key derived from the master secret, same window");

            for (int i = 2; i < REPORT_LIMIT; i++) {
                assertTrue(sharedCounts.tryAcquire(otherInstance, "127.0.0.1"), "the other instance's report " + (i + 1));
            }
            Api.Reply refused = report(REPORT_LIMIT + 1);
            assertEquals(429, refused.status(), "the limit holds across instances: " + refused.body());
            assertEquals("urn:reportingportals:problem:rate-limited", refused.json().getString("type"));
            assertEquals("600", refused.header("Retry-After").orElse(""));
            Api.Reply statusCheck = api.post("api/v1/portals/ug/status", "{\"reference\":\"UG-2222-2222\",\"receipt\":\"x\"}");
            assertEquals(404, statusCheck.status(), "status checks count under their own limit: " + statusCheck.body());

            try (Connection db = connect(); Statement query = db.createStatement();
                 ResultSet rows = query.executeQuery("SELECT client_hash FROM rate_limit_counts")) {
                while (rows.next()) {
                    assertTrue(rows.getString(1).matches("[0-9a-f]{32}"), "keyed hashes only: " + rows.getString(1));
                }
            }
        } finally {
            deleteCounts("report");
            deleteCounts("status-check");
        }
    }

    private Api.Reply report(int n) {
        return api.post("api/v1/portals/ug/reports", "{\"urls\":[\"http://instances.example/" + n + "\"]}");
    }

    /** A window's end would split the attempts between two windows: start in a fresh one instead. */
    private static void awayFromAWindowsEnd() throws InterruptedException {
        long window = Throttles.WINDOW.toSeconds();
        long left = window - Math.floorMod(Instant.now().getEpochSecond(), window);
        if (left < 60) {
            Thread.sleep((left + 1) * 1000);
        }
    }

    private static long counted(Throttle.Attempt attempt) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT attempts FROM rate_limit_counts WHERE window_start = ? AND kind = ? AND client_hash = ?")) {
            query.setLong(1, attempt.windowStart());
            query.setString(2, attempt.kind());
            query.setString(3, attempt.clientHash());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** The tests' database is shared with the test classes after this one: leave no client over a limit. */
    private static void deleteCounts(String kind) throws SQLException {
        try (Connection db = connect(); PreparedStatement delete = db.prepareStatement("DELETE FROM rate_limit_counts WHERE kind = ?")) {
            delete.setString(1, kind);
            delete.executeUpdate();
        }
    }

    // --- the request fingerprint of an idempotent report goes with the reporter's address

    /**
     * The fingerprint covers the address: once retention shreds the address, the fingerprint goes too (in the one
     * statement retention runs on either database). Until then it is what tells a retry from a new request.
     */
    @Test
    void retentionShredsTheRequestFingerprintWithTheAddress() throws Exception {
        deleteCounts("report");
        String key = "shred-" + UUID.randomUUID();
        String body = "{\"urls\":[\"http://instances.example/shred\"],\"feedback\":\"email\","
                + "\"contact\":{\"email\":\"shred@example.org\"}}";
        Api.Reply first = api.post("api/v1/portals/ug/reports", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        String reference = first.json().getString("reference");
        Api.Reply retry = api.post("api/v1/portals/ug/reports", body, "Idempotency-Key", key);
        assertEquals(reference, retry.json().getString("reference"), "a retry is the same report: " + retry.body());
        assertTrue(fingerprintAndContact(reference).matches("[0-9a-f]{64} true"), fingerprintAndContact(reference));

        try (Connection db = connect(); PreparedStatement age = db.prepareStatement(
                "UPDATE reports SET received_at = ? WHERE reference = ?")) {
            age.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(40)));
            age.setString(2, reference);
            assertEquals(1, age.executeUpdate());
        }
        Eventually.until(Duration.ofSeconds(30), () -> !fingerprintAndContact(reference).endsWith("true"),
                "retention shreds the address (portal.contact.retention P30D)");
        assertEquals("null false", fingerprintAndContact(reference), "and the fingerprint that covered it");
        deleteCounts("report");
    }

    /** "fingerprint hasContact" of a report, read as another instance would. */
    private static String fingerprintAndContact(String reference) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT request_fingerprint, contact_ciphertext IS NOT NULL FROM reports WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), reference);
                return row.getString(1) + " " + row.getBoolean(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- B: a publication reaches this instance within 5 s of its commit, assets included, and only after it

    @Test
    void aVersionAnotherInstancePublishedIsServedHereWithinFiveSecondsAssetsIncluded() throws Exception {
        String marker = "Publicado en otra instancia " + UUID.randomUUID().toString().substring(0, 8);
        byte[] logo = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\"><title>" + marker
                + "</title><rect width=\"40\" height=\"40\" fill=\"#14532d\"/></svg>").getBytes(StandardCharsets.UTF_8);
        String logoName = "upload-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(logo)).substring(0, 16)
                + ".svg";
        String seed = TenantFiles.seedText(OtherInstancesIT.class.getClassLoader(), "bo").orElseThrow();
        String yaml = TenantYaml.withMessages(TenantYaml.withLogo(TenantYaml.withColors(seed, Map.of("brand", "#14532d",
                "brand-contrast", "#ffffff", "accent", "#007934")), logoName), "es", Map.of("portal.layout.footer.anonymous", marker));
        String stylesheet = "/assets/" + Fingerprints.of("theme-bo.css", TokenStylesheet.render(
                TenantFiles.parseOne("bo", yaml).branding().colors())).fingerprinted();
        String logoUrl = "/assets/" + Fingerprints.of(logoName, logo).fingerprinted();
        assertEquals(404, asset(stylesheet), "the new palette's stylesheet does not exist before the publication");
        assertEquals(404, asset(logoUrl));

        Instant committed = publishAsAnotherInstance("bo", yaml, Optional.of(new Logo(logoName, logo)));
        try {
            servedWithItsAssets(marker, yaml, stylesheet, logoUrl, new String(logo, StandardCharsets.UTF_8), committed);
        } finally {
            publishAsAnotherInstance("bo", seed, Optional.empty()); // the test classes after this one find bo as shipped
        }
    }

    private void servedWithItsAssets(String marker, String yaml, String stylesheet, String logoUrl, String logo,
                                     Instant committed) throws SQLException {
        Eventually.until(Duration.ofSeconds(5), () -> asset(stylesheet) == 200 && asset(logoUrl) == 200,
                "the stylesheet and logo of a version committed elsewhere are served here, no page of it rendered here");
        System.out.println("OtherInstancesIT: assets served " + Duration.between(committed, Instant.now()).toMillis()
                + " ms after the other instance's commit");
        assertEquals(logo, api.get(logoUrl.substring(1)).body(), "the logo as uploaded");
        String page = api.get("bo/es/").body();
        assertTrue(page.contains(marker), "the page shows the new text");
        assertTrue(page.contains(stylesheet) && page.contains(logoUrl), "and links the very assets served: " + page);

        // the page is now kept in memory; the next version elsewhere replaces it too
        String newer = marker + " (segunda)";
        publishAsAnotherInstance("bo", TenantYaml.withMessages(yaml, "es", Map.of("portal.layout.footer.anonymous", newer)),
                Optional.empty());
        Eventually.until(Duration.ofSeconds(5), () -> api.get("bo/es/").body().contains(newer),
                "the kept page of the older version is not served once the newer one is applied");
    }

    private int asset(String path) {
        return api.get(path.substring(1)).status();
    }

    private record Logo(String name, byte[] content) {
    }

    /** One transaction writing what {@code TenantConfigurations.store} and {@code LogoStore.store} write. */
    private static Instant publishAsAnotherInstance(String tenant, String yaml, Optional<Logo> logo) throws SQLException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            if (logo.isPresent()) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO tenant_logos (name, tenant_code, content_type, "
                        + "content_base64, uploaded_at, uploaded_by) VALUES (?, ?, 'image/svg+xml', ?, ?, 'another-instance')")) {
                    insert.setString(1, logo.get().name());
                    insert.setString(2, tenant);
                    insert.setString(3, Base64.getEncoder().encodeToString(logo.get().content()));
                    insert.setTimestamp(4, now);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO tenant_versions (id, tenant_code, version, yaml, "
                    + "published_at, published_by, note) VALUES (?, ?, (SELECT COALESCE(MAX(version), 0) + 1 FROM tenant_versions "
                    + "WHERE tenant_code = ?), ?, ?, 'another-instance', 'published from the draft')")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, tenant);
                insert.setString(3, tenant);
                insert.setString(4, yaml);
                insert.setTimestamp(5, now);
                insert.executeUpdate();
            }
            db.commit();
            return Instant.now();
        }
    }

    @Test
    void aPublicationWhoseTransactionFailsIsNeverServed() throws Exception {
        String marker = "Nunca publicado " + UUID.randomUUID().toString().substring(0, 8);
        StaffSession editor = new StaffSession(api, Api.bearer(TestTokens.partner("partner-mz", "mz")));
        String seed = TenantFiles.seedText(OtherInstancesIT.class.getClassLoader(), "mz").orElseThrow();
        Map<String, List<String>> draft = editor.form("admin/mz/configuration");
        draft.put("yaml", List.of(TenantYaml.withMessages(seed, "pt", Map.of("portal.layout.footer.anonymous", marker))));
        draft.put("action", List.of("save"));
        assertEquals(303, editor.post("admin/mz/configuration/draft", draft).status());

        // the publication's audit record, written in its transaction after the version, is refused at the commit
        boolean postgres = System.getProperty("it.shared-db.url").startsWith("jdbc:postgresql:");
        execute("ALTER TABLE audit_events ADD CONSTRAINT it_publication_fails CHECK (detail IS NULL OR detail NOT LIKE "
                + "'tenant=mz version=%')" + (postgres ? " NOT VALID" : " NOCHECK"));
        try {
            Api.Reply failed = editor.post("admin/mz/configuration/publish", editor.form("admin/mz/configuration"));
            assertTrue(failed.status() >= 500, "the transaction failed: " + failed.status());
            assertFalse(api.get("mz/pt/").body().contains(marker), "not served here, where it was published");
            Thread.sleep(3 * 2000); // three polls
            assertFalse(api.get("mz/pt/").body().contains(marker), "nor after the polls");
            try (Connection db = connect(); Statement query = db.createStatement();
                 ResultSet versions = query.executeQuery("SELECT yaml FROM tenant_versions WHERE tenant_code = 'mz'")) {
                while (versions.next()) {
                    assertFalse(versions.getString(1).contains(marker), "and not stored");
                }
            }
        } finally {
            execute("ALTER TABLE audit_events DROP CONSTRAINT it_publication_fails");
        }
        Api.Reply published = editor.post("admin/mz/configuration/publish", editor.form("admin/mz/configuration"));
        assertEquals(303, published.status(), "the same draft publishes once its transaction can commit");
        assertTrue(api.get("mz/pt/").body().contains(marker), "and is served at once where it was published");
        assertEquals(303, editor.post("admin/mz/configuration/versions/0/rollback", editor.form("admin/mz/configuration"))
                .status(), "the test classes after this one find mz as shipped");
    }

    /** As the schema's owner: the platform's own role may not change the schema. */
    private static void execute(String sql) throws SQLException {
        try (Connection db = java.sql.DriverManager.getConnection(System.getProperty("it.shared-db.url"),
                System.getProperty("it.db.owner-user"), System.getProperty("it.db.owner-password"));
             Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
