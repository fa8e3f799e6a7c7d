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

    private final Receipts receipts = new Receipts(new SecureRandom(), 10_000, new byte[32]);

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
    void storesOnlyASaltedSlowHash() {
        String receipt = receipts.fresh();
        String first = receipts.hash(receipt);
        String second = receipts.hash(receipt);
        assertFalse(first.contains(receipt.replace("-", "")));
        assertTrue(first.startsWith("pbkdf2-sha256$10000$"));
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(receipts.verify(receipt, first));
        assertTrue(receipts.verify(receipt, second));
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
        Receipts otherServer = new Receipts(new SecureRandom(), 10_000, new byte[]{1, 2, 3});
        assertNotEquals(receipts.derived("ug", key), otherServer.derived("ug", key));
    }

    @Test
    void refusesTooFewIterations() {
        assertThrows(IllegalArgumentException.class, () -> new Receipts(new SecureRandom(), 1000, new byte[32]));
    }
}
