package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which address a request comes from: X-Forwarded-For believed only from trusted proxies, and read from the right. */
class ClientAddressesTest {

    private static final ClientAddresses PROXIES = ClientAddresses.parse(Optional.of("10.0.0.0/8, 192.168.1.10, fd00::/8"));

    private static List<String> header(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverTheHeaderSays() {
        ClientAddresses direct = ClientAddresses.parse(Optional.empty());
        assertEquals("10.1.2.3", direct.client("10.1.2.3", header("203.0.113.7")));
        assertEquals("10.1.2.3", ClientAddresses.parse(Optional.of("  ")).client("10.1.2.3", header("203.0.113.7")));
        assertEquals(List.of(), direct.trustedRanges());
        assertFalse(direct.isTrustedProxy("10.1.2.3"));
    }

    @Test
    void aConnectionFromAnUntrustedAddressIsTheClientEvenWithAHeader() {
        assertEquals("203.0.113.50", PROXIES.client("203.0.113.50", header("198.51.100.1")),
                "anyone can send X-Forwarded-For; only a trusted proxy is believed");
    }

    @Test
    void theRightMostAddressThatIsNotATrustedProxyIsTheClient() {
        assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header("198.51.100.9")));
        // the client made up the left-most entry; the proxy appended the address it really saw
        assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header("1.2.3.4, 198.51.100.9")));
        // two trusted proxies in a row: both skipped
        assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header("6.6.6.6, 198.51.100.9, 192.168.1.10, 10.9.9.9")));
    }

    @Test
    void theLeftMostEntryIsNeverTakenWhenAnUntrustedOneFollowsIt() {
        for (int i = 0; i < 50; i++) {
            String spoofed = "203.0.113." + i;
            assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header(spoofed + ", 198.51.100.9")),
                    "varying the left-most entry never changes the identity");
        }
    }

    @Test
    void severalHeadersAreOneListInOrder() {
        assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header("1.2.3.4", "198.51.100.9, 10.1.1.1")));
    }

    @Test
    void whenEveryEntryIsATrustedProxyTheLeftMostOfThemIsTheClient() {
        assertEquals("10.2.2.2", PROXIES.client("10.0.0.5", header("10.2.2.2, 10.3.3.3")));
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header()), "no header: the proxy itself");
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header((String) null)));
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header(" , ")));
    }

    @Test
    void anEntryThatIsNotAnAddressEndsTheWalkAtTheProxyThatPassedItOn() {
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header("unknown")));
        assertEquals("10.3.3.3", PROXIES.client("10.0.0.5", header("198.51.100.9, evil.example, 10.3.3.3")),
                "made-up text never becomes an identity, and nothing left of it is believed");
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header("1.2.3.256")));
    }

    @Test
    void ipv6ProxiesAndClientsAreHandledAlike() {
        assertEquals("2001:db8:0:0:0:0:0:7", PROXIES.client("fd12:3456::1", header("2001:db8::7")));
        assertEquals("2001:db8:0:0:0:0:0:7", PROXIES.client("fd12:3456::1", header("9.9.9.9, 2001:db8::7, fdff::2")));
        assertEquals("2001:db8::7", PROXIES.client("2001:db8::7", header("9.9.9.9")), "not trusted: the header is ignored, the connection is the client as it is");
        assertTrue(PROXIES.isTrustedProxy("fd00::1"));
        assertFalse(PROXIES.isTrustedProxy("fe00::1"));
    }

    @Test
    void portsAndBracketsThatProxiesWriteAreUnderstood() {
        assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header("198.51.100.9:51234")));
        assertEquals("2001:db8:0:0:0:0:0:7", PROXIES.client("10.0.0.5", header("[2001:db8::7]:443")));
        assertEquals("2001:db8:0:0:0:0:0:7", PROXIES.client("10.0.0.5", header("[2001:db8::7]")));
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header("[2001:db8::7")), "an unclosed bracket is no address");
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsItsIpv4Address() {
        assertTrue(PROXIES.isTrustedProxy("::ffff:10.1.2.3"));
        assertEquals("198.51.100.9", PROXIES.client("::ffff:10.1.2.3", header("::ffff:198.51.100.9")));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "10.0.0.0/8, 10.255.255.255, true", "10.0.0.0/8, 11.0.0.0, false", "10.0.0.0/8, 9.255.255.255, false",
            "192.168.1.10, 192.168.1.10, true", "192.168.1.10, 192.168.1.11, false",
            "192.168.1.10/32, 192.168.1.10, true", "172.16.0.0/12, 172.31.255.1, true", "172.16.0.0/12, 172.32.0.1, false",
            "0.0.0.0/0, 203.0.113.1, true", "0.0.0.0/0, 2001:db8::1, false",
            "10.1.2.3/8, 10.200.0.1, true",
            "fd00::/8, fdff:ffff::1, true", "fd00::/8, fc00::1, false", "::1, ::1, true", "::1/128, ::2, false",
            "2001:db8::/32, 2001:db8:ffff::1, true", "2001:db8::/32, 2001:db9::1, false", "::/0, 2001:db8::1, true",
            "::/0, 10.0.0.1, false", "2001:db8::/127, 2001:db8::1, true", "2001:db8::/127, 2001:db8::2, false"})
    void rangesMatchTheirOwnFamilyByPrefix(String range, String address, boolean trusted) {
        assertEquals(trusted, ClientAddresses.parse(Optional.of(range)).isTrustedProxy(address));
    }

    @Test
    void rangesAreKeptInCanonicalForm() {
        assertEquals(List.of("10.0.0.0/8", "192.168.1.10/32", "fd00:0:0:0:0:0:0:0/8"), PROXIES.trustedRanges());
        assertEquals(List.of("10.0.0.0/8"), ClientAddresses.parse(Optional.of("10.1.2.3/8,,")).trustedRanges(),
                "host bits are masked off; empty entries are skipped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "TRUE", " False "})
    void theOldTrueOrFalseIsRefusedSayingWhatToWriteNow(String old) {
        Settings.SettingRefused refused = assertThrows(Settings.SettingRefused.class,
                () -> ClientAddresses.parse(Optional.of(old)));
        assertTrue(refused.getMessage().startsWith("portal.proxy.trusted: '" + old.strip() + "'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("CIDR"), refused.getMessage());
        assertTrue(refused.getMessage().contains("10.0.0.0/8"), "an example of the new format: " + refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "::/129", "10.0.0/8", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8",
            "proxy.internal", "localhost", "256.0.0.1", "10.0.0.0/ 8", "fd00::/8x", ":::/8", "1.2.3.4.5", "fe80::1%eth0"})
    void anythingButAnAddressOrCidrRangeIsRefusedNamingTheKeyAndTheEntry(String bad) {
        Settings.SettingRefused refused = assertThrows(Settings.SettingRefused.class,
                () -> ClientAddresses.parse(Optional.of("10.0.0.0/8, " + bad)));
        assertTrue(refused.getMessage().startsWith("portal.proxy.trusted: '" + bad.strip() + "' is not an IPv4 or IPv6"),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.org", "1.2.3", "::g", ".:", "1.2.3.4:", "[::1]x", "-1.2.3.4", "0x7f.0.0.1"})
    void onlyIpLiteralsAreAddresses(String text) {
        assertTrue(ClientAddresses.literal(text).isEmpty(), text);
    }

    @Test
    void aClientWrittenLeftMostEntryNeverBecomesTheIdentityBehindAChainOfProxies() {
        // what the old limiter did: take the left-most entry; a client varying it got a fresh count every request
        for (String spoofed : List.of("203.0.113.1", "10.0.0.1", "2001:db8::1", "garbage", "", "::ffff:1.2.3.4")) {
            assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header(spoofed + ", 198.51.100.9, 10.7.7.7, 192.168.1.10")),
                    "behind three trusted proxies");
            assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header(spoofed, "198.51.100.9", "10.7.7.7")),
                    "the spoofed entry in a header of its own, before the proxies' ones");
        }
        assertEquals("198.51.100.9", PROXIES.client("10.0.0.5", header("203.0.113.1, 203.0.113.2, 203.0.113.3, 198.51.100.9")),
                "a client writing several entries owns none of them");
    }

    @Test
    void garbageBetweenTrustedProxiesStopsTheWalkAtTheProxyThatPassedItOn() {
        assertEquals("10.7.7.7", PROXIES.client("10.0.0.5", header("198.51.100.9, <script>, 10.7.7.7")));
        assertEquals("10.7.7.7", PROXIES.client("10.0.0.5", header("198.51.100.9, 999.1.1.1", "10.7.7.7")));
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header("198.51.100.9, localhost")), "never a name lookup");
        assertEquals("10.0.0.5", PROXIES.client("10.0.0.5", header("198.51.100.9;10.1.1.1")));
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource({
            "198.51.100.7, 198.51.100.7", "::ffff:198.51.100.7, 198.51.100.7", "[::ffff:198.51.100.7]:443, 198.51.100.7",
            "2001:db8:1:2::1, 2001:db8:1:2:0:0:0:0/64", "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2:0:0:0:0/64",
            "2001:0DB8:0001:0002:abcd::9, 2001:db8:1:2:0:0:0:0/64", "[2001:db8:1:2::5]:8443, 2001:db8:1:2:0:0:0:0/64",
            "2001:db8:1:3::1, 2001:db8:1:3:0:0:0:0/64", "::1, 0:0:0:0:0:0:0:0/64", "not-an-address, not-an-address"})
    void ipv6CountsPerSlash64AndIpv4PerAddress(String address, String unit) {
        assertEquals(unit, ClientAddresses.limitUnit(address));
    }

    @Test
    void aMissingRemoteAddressIsPassedThroughUntouched() {
        assertEquals(null, PROXIES.client(null, header("198.51.100.9")));
    }
}
