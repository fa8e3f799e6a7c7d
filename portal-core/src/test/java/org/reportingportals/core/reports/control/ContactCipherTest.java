package org.reportingportals.core.reports.control;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContactCipherTest {

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final ContactCipher cipher;

    ContactCipherTest() {
        random.nextBytes(key);
        cipher = new ContactCipher(key, random);
    }

    @Test
    void roundTripsAndHidesTheAddress() {
        UUID report = UUID.randomUUID();
        String sealed = cipher.encrypt("reporter@example.org", report);
        assertFalse(sealed.contains("reporter"));
        assertEquals("reporter@example.org", cipher.decrypt(sealed, report));
        assertNotEquals(sealed, cipher.encrypt("reporter@example.org", report), "fresh IV each time");
    }

    @Test
    void ciphertextOnlyOpensOnItsOwnReport() {
        String sealed = cipher.encrypt("reporter@example.org", UUID.randomUUID());
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(sealed, UUID.randomUUID()));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        UUID report = UUID.randomUUID();
        String sealed = cipher.encrypt("reporter@example.org", report);
        byte[] other = new byte[32];
        random.nextBytes(other);
        assertThrows(IllegalArgumentException.class, () -> new ContactCipher(other, random).decrypt(sealed, report));
    }

    @Test
    void tamperingIsDetected() {
        UUID report = UUID.randomUUID();
        String sealed = cipher.encrypt("reporter@example.org", report);
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(tampered, report));
    }

    @Test
    void refusesShortKeys() {
        assertThrows(IllegalArgumentException.class, () -> new ContactCipher(new byte[16], random));
    }
}
