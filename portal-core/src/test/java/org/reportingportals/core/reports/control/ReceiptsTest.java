package org.reportingportals.core.reports.control;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptsTest {

    private static final byte[] DERIVATION_KEY = new byte[32];
    private static final byte[] HASH_KEY = key(7);

    private final Receipts receipts = new Receipts(new SecureRandom(), DERIVATION_KEY, HASH_KEY);

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }

    @Test
    void receiptsCarryAtLeastEightyBitsInGroupsOfFour() {
        String receipt = receipts.fresh();
        assertTrue(receipt.matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}"), receipt);
        // 20 symbols of a 32-symbol alphabet = 100 bits
        assertEquals(20, receipt.replace("-", "").length());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(receipts.fresh()));
        }
    }

    @Test
    void storesOnlyASaltedKeyedHash() {
        String receipt = receipts.fresh();
        String first = receipts.hash(receipt);
        String second = receipts.hash(receipt);
        assertFalse(first.contains(receipt.replace("-", "")));
        assertTrue(first.matches("hmac-sha256\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(receipts.verify(receipt, first));
        assertTrue(receipts.verify(receipt, second));
    }

    @Test
    void aHashIsWorthNothingWithoutTheServerKey() {
        String receipt = receipts.fresh();
        String stored = receipts.hash(receipt);
        Receipts anotherKey = new Receipts(new SecureRandom(), DERIVATION_KEY, key(8));
        assertFalse(anotherKey.verify(receipt, stored), "the same receipt and salt under another key do not verify");
    }

    @Test
    void hashesStoredWithTheEarlierSlowSchemeStillVerify() throws Exception {
        // pbkdf2-sha256$<iterations>$<salt>$<hash>, as stored before receipts were keyed
        String receipt = receipts.fresh();
        String canonical = receipt.replace("-", "");
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(canonical.toCharArray(), salt, 10_000, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
        String legacy = "pbkdf2-sha256$10000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        assertTrue(receipts.verify(receipt, legacy));
        assertTrue(receipts.verify(receipt.toLowerCase(), legacy));
        assertFalse(receipts.verify(receipts.fresh(), legacy));
        assertFalse(receipts.verify(receipt, "md5$" + b64.encodeToString(hash)), "an unknown scheme never verifies");
    }

    @Test
    void verifiesWhatPeopleTypeBack() {
        String receipt = receipts.fresh();
        String stored = receipts.hash(receipt);
        assertTrue(receipts.verify(receipt.toLowerCase().replace("-", " "), stored));
        assertTrue(receipts.verify(receipt.replace("-", ""), stored));
        String withLookAlikes = receipt.replace('0', 'O').replace('1', 'I');
        assertTrue(receipts.verify(withLookAlikes, stored));
    }

    @Test
    void refusesAWrongReceipt() {
        String stored = receipts.hash(receipts.fresh());
        assertFalse(receipts.verify(receipts.fresh(), stored));
        assertFalse(receipts.verify("", stored));
        assertFalse(receipts.verify(null, stored));
        assertFalse(receipts.verify("not a receipt at all", stored));
        assertFalse(receipts.verifyAgainstNothing(receipts.fresh()));
    }

    @Test
    void derivesTheSameReceiptForTheSameIdempotencyKeyOnly() {
        String key = "0f6c1a9e-43d2-4f7b-9a51-1b2c3d4e5f60";
        assertEquals(receipts.derived("ug", key), receipts.derived("ug", key));
        assertNotEquals(receipts.derived("ug", key), receipts.derived("np", key));
        assertNotEquals(receipts.derived("ug", key), receipts.derived("ug", key + "x"));
        Receipts otherServer = new Receipts(new SecureRandom(), new byte[]{1, 2, 3}, HASH_KEY);
        assertNotEquals(receipts.derived("ug", key), otherServer.derived("ug", key));
    }

    @Test
    void refusesAShortHashKeyOrOneThatIsAlsoTheDerivationKey() {
        assertThrows(IllegalArgumentException.class, () -> new Receipts(new SecureRandom(), DERIVATION_KEY, new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> new Receipts(new SecureRandom(), HASH_KEY, HASH_KEY));
    }
}
