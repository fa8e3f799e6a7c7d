package org.reportingportals.core.tenancy.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which Host values name a host the platform may serve, and which are refused before any tenant is looked up. */
class TenantHostsTest {

    @Test
    void aHostNameOrAddressLosesItsPortAndIsLowerCased() {
        assertEquals("portal.example", TenantHosts.hostName("Portal.Example"));
        assertEquals("portal.example", TenantHosts.hostName("portal.example:443"));
        assertEquals("127.0.0.1", TenantHosts.hostName("127.0.0.1:1"));
        assertEquals("127.0.0.1", TenantHosts.hostName("127.0.0.1:65535"));
        assertEquals("[::1]", TenantHosts.hostName("[::1]"));
        assertEquals("[::1]", TenantHosts.hostName("[::1]:8080"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:99999", "127.0.0.1:65536", "127.0.0.1:0", "portal.example:00000", "[::1]:70000"})
    void aPortNoTcpConnectionCanHaveIsRefused(String header) {
        assertNull(TenantHosts.hostName(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "127.0.0.1:8080.", "127.0.0.1:8080:80", "a b", "user@portal.example", "portal.example/x",
            "[::1", "127.0.0.1:", "127.0.0.1:123456"})
    void aValueThatIsNoHostNameIsRefused(String header) {
        assertNull(TenantHosts.hostName(header), header);
    }
}
