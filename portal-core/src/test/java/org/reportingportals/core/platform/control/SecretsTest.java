package org.reportingportals.core.platform.control;

import org.reportingportals.core.platform.entity.PortalMode;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void productionRefusesToStartWithoutAKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Secrets.from(Optional.empty(), PortalMode.PRODUCTION, random));
        assertTrue(e.getMessage().contains("portal.secret-key"));
        assertThrows(IllegalStateException.class, () -> Secrets.from(Optional.of("  "), PortalMode.PRODUCTION, random));
    }

    @Test
    void refusesShortOrMalformedKeys() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalStateException.class, () -> Secrets.from(Optional.of(shortKey), PortalMode.DEV, random));
        assertThrows(IllegalStateException.class, () -> Secrets.from(Optional.of("%%%"), PortalMode.DEV, random));
    }

    @Test
    void devGeneratesAThrowAwayKey() {
        Secrets a = Secrets.from(Optional.empty(), PortalMode.DEV, random);
        Secrets b = Secrets.from(Optional.empty(), PortalMode.DEV, random);
        assertFalse(java.util.Arrays.equals(a.derive("x"), b.derive("x")));
    }

    @Test
    void derivesStableDistinctPurposeKeys() {
        byte[] master = new byte[32];
        random.nextBytes(master);
        String configured = Base64.getEncoder().encodeToString(master);
        Secrets one = Secrets.from(Optional.of(configured), PortalMode.PRODUCTION, random);
        Secrets two = Secrets.from(Optional.of(configured), PortalMode.PRODUCTION, random);
        assertArrayEquals(one.derive("contact-encryption-v1"), two.derive("contact-encryption-v1"));
        assertFalse(java.util.Arrays.equals(one.derive("contact-encryption-v1"), one.derive("receipt-derivation-v1")));
        assertEquals(32, one.derive("anything").length);
    }

    @Test
    void parsesModes() {
        assertEquals(PortalMode.DEV, PortalMode.parse("dev"));
        assertEquals(PortalMode.PRODUCTION, PortalMode.parse(" Production "));
        assertThrows(IllegalArgumentException.class, () -> PortalMode.parse("test"));
    }
}
