package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.platform.entity.PortalMode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String MASTER = Base64.getEncoder().encodeToString("throttle-test-master-key-32-bytes!!".getBytes(StandardCharsets.US_ASCII));

    /** A clock the test moves by hand (ThrottleCountsTest's and ProviderReachabilityTest's too). */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-22T10:03:20Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Secrets secrets() {
        return Secrets.from(Optional.of(MASTER), PortalMode.PRODUCTION, new SecureRandom());
    }

    @Test
    void twoInstancesWithTheSameSecretNameTheSameRowForAClient() {
        Hand clock = new Hand();
        Throttle here = new Throttle("report", 3, WINDOW, secrets(), clock);
        Throttle there = new Throttle("report", 3, WINDOW, secrets(), clock);
        assertEquals(here.attempt("198.51.100.7"), there.attempt("198.51.100.7"));
        assertNotEquals(here.attempt("198.51.100.7"), here.attempt("198.51.100.8"), "other clients count apart");
        assertNotEquals(here.attempt("198.51.100.7").clientHash(),
                new Throttle("report", 3, WINDOW, Secrets.from(Optional.of(Base64.getEncoder().encodeToString(
                        "another-platform-master-key-32-bytes".getBytes(StandardCharsets.US_ASCII))), PortalMode.PRODUCTION,
                        new SecureRandom()), clock).attempt("198.51.100.7").clientHash(), "the hash depends on the secret");
    }

    @Test
    void anIpv6ClientCountsOncePerSlash64WhicheverOfItsAddressesItUses() {
        Throttle throttle = new Throttle("report", 3, WINDOW, secrets(), new Hand());
        Throttle.Attempt one = throttle.attempt("2001:db8:1:2::1");
        assertEquals(one, throttle.attempt("2001:db8:1:2:ffff:ffff:ffff:ffff"), "the other end of its /64");
        assertEquals(one, throttle.attempt("2001:DB8:1:2:0:0:ab:cd"), "another spelling, another address, the same /64");
        assertNotEquals(one, throttle.attempt("2001:db8:1:3::1"), "the neighbouring /64 is another client");
        assertNotEquals(one, throttle.attempt("2001:db8:1:2::1/64"), "only IP literals are masked");
    }

    @Test
    void ipv4ClientsCountPerAddressAndAnIpv4MappedIpv6AddressAsItsIpv4() {
        Throttle throttle = new Throttle("report", 3, WINDOW, secrets(), new Hand());
        assertEquals(throttle.attempt("198.51.100.7"), throttle.attempt("::ffff:198.51.100.7"));
        assertNotEquals(throttle.attempt("198.51.100.7"), throttle.attempt("198.51.100.6"), "no /24 or /32 grouping: per address");
    }

    @Test
    void windowsAreAlignedSoEveryInstanceNamesTheSameOne() {
        Hand clock = new Hand();
        Throttle throttle = new Throttle("report", 3, WINDOW, secrets(), clock);
        long start = Instant.parse("2026-11-22T10:00:00Z").getEpochSecond();
        assertEquals(start, throttle.attempt("198.51.100.7").windowStart());
        clock.now = Instant.parse("2026-11-22T10:09:59.999Z");
        assertEquals(start, throttle.attempt("198.51.100.7").windowStart(), "the same window to its last millisecond");
        clock.now = Instant.parse("2026-11-22T10:10:00Z");
        assertEquals(start + 600, throttle.attempt("198.51.100.7").windowStart(), "then the next");
    }

    @Test
    void allowsUpToTheLimitCountedByAllInstances() {
        Throttle throttle = new Throttle("report", 3, WINDOW, secrets(), new Hand());
        assertTrue(throttle.allows(1));
        assertTrue(throttle.allows(3));
        assertFalse(throttle.allows(4));
    }

    @Test
    void hashesAreKeyedAndChangeEveryHourSoHoursCannotBeLinked() throws Exception {
        Hand clock = new Hand();
        Throttle throttle = new Throttle("report", 3, WINDOW, secrets(), clock);
        String hash = throttle.attempt("198.51.100.7").clientHash();
        assertEquals(32, hash.length());
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("198.51.100.7".getBytes(StandardCharsets.UTF_8)));
        assertFalse(plain.startsWith(hash), "not a plain hash of the address");
        assertFalse(hash.contains("198") && hash.contains("51"), "nothing of the address");
        clock.now = clock.now.plus(Duration.ofMinutes(50));
        assertEquals(hash, throttle.attempt("198.51.100.7").clientHash(), "the same within its hour");
        clock.now = Instant.parse("2026-11-22T11:00:00Z");
        assertNotEquals(hash, throttle.attempt("198.51.100.7").clientHash(), "another hour, another key");
        long hour = clock.now.getEpochSecond() / 3600;
        assertEquals(Throttle.clientHash(Throttle.hourKey(secrets(), hour), "198.51.100.7"),
                throttle.attempt("198.51.100.7").clientHash(), "the key is the master secret's, derived for the hour");
    }

    @Test
    void purgesOncePerWindowWindowsBeforeThePreviousOne() {
        Hand clock = new Hand();
        Throttle throttle = new Throttle("report", 3, WINDOW, secrets(), clock);
        Throttle.Attempt first = throttle.attempt("198.51.100.7");
        assertEquals(OptionalLong.of(first.windowStart() - 600), throttle.purgeDue(first), "the first attempt an instance sees");
        assertEquals(OptionalLong.empty(), throttle.purgeDue(throttle.attempt("198.51.100.8")), "not again in that window");
        clock.now = clock.now.plus(WINDOW);
        Throttle.Attempt next = throttle.attempt("198.51.100.7");
        assertEquals(OptionalLong.of(first.windowStart()), throttle.purgeDue(next), "the window before the previous one goes");
        assertEquals(OptionalLong.empty(), throttle.purgeDue(next));
    }

    @Test
    void refusesWindowsThatWouldSpanTwoHourKeys() {
        assertThrows(IllegalArgumentException.class, () -> new Throttle("report", 3, Duration.ofMinutes(7), secrets(), new Hand()));
        assertThrows(IllegalArgumentException.class, () -> new Throttle("report", 3, Duration.ofHours(2), secrets(), new Hand()));
        assertThrows(IllegalArgumentException.class, () -> new Throttle("report", 0, WINDOW, secrets(), new Hand()));
    }
}
