package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedTextTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final SealedText sealed = new SealedText(new byte[32], new SecureRandom());

    @Test
    void opensWhereAndUntilItWasSealedFor() {
        String cookie = sealed.seal("UG-7KQ2-9XHD\nreceipt", "receipt|ug|/ug/en/report/received", NOW.plusSeconds(600));
        assertEquals(Optional.of("UG-7KQ2-9XHD\nreceipt"),
                sealed.open(cookie, "receipt|ug|/ug/en/report/received", NOW.plusSeconds(599)));
        assertTrue(sealed.open(cookie, "receipt|ug|/ug/en/report/received", NOW.plusSeconds(600)).isEmpty(), "expired");
        assertTrue(sealed.open(cookie, "receipt|np|/np/en/report/received", NOW).isEmpty(), "another tenant's page");
    }

    @Test
    void holdsNothingReadableAndRefusesAnyChange() {
        String cookie = sealed.seal("secret-receipt", "c", NOW.plusSeconds(60));
        assertFalse(new String(Base64.getUrlDecoder().decode(cookie), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("secret-receipt"));
        byte[] bytes = Base64.getUrlDecoder().decode(cookie);
        bytes[bytes.length - 1] ^= 1;
        assertTrue(sealed.open(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), "c", NOW).isEmpty());
        assertTrue(new SealedText(filled(7), new SecureRandom()).open(cookie, "c", NOW).isEmpty(), "another key");
    }

    @Test
    void refusesGarbageWithoutThrowing() {
        for (String bad : new String[] {null, "", "not base64 !", "AAAA", "x".repeat(5000)}) {
            assertTrue(sealed.open(bad, "c", NOW).isEmpty(), String.valueOf(bad));
        }
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) value);
        return key;
    }
}
