package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoubleSubmitTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final DoubleSubmitTokens tokens = new DoubleSubmitTokens(key((byte) 1), new SecureRandom());

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }

    @Test
    void acceptsAFormWhoseFieldCarriesTheCookiesToken() {
        String token = tokens.issue(NOW);
        assertTrue(tokens.accepts(token, token, NOW.plusSeconds(60)));
    }

    @Test
    void everyIssuedTokenIsDifferent() {
        assertNotEquals(tokens.issue(NOW), tokens.issue(NOW));
    }

    @Test
    void refusesAFieldThatIsNotTheCookiesToken() {
        String mine = tokens.issue(NOW);
        String theirs = tokens.issue(NOW);
        assertFalse(tokens.accepts(mine, theirs, NOW), "both genuine, but not the same browser's");
        assertFalse(tokens.accepts(mine, null, NOW));
        assertFalse(tokens.accepts(null, mine, NOW));
        assertFalse(tokens.accepts(mine, mine + "x", NOW));
    }

    @Test
    void refusesAPlantedCookieThatIsNotSignedByThisKey() {
        String foreign = new DoubleSubmitTokens(key((byte) 2), new SecureRandom()).issue(NOW);
        assertFalse(tokens.accepts(foreign, foreign, NOW));
        assertFalse(tokens.accepts("abc.9999999999.def", "abc.9999999999.def", NOW));
    }

    @Test
    void refusesATokenWhoseExpiryWasChanged() {
        String token = tokens.issue(NOW);
        String[] parts = token.split("\\.");
        String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
        assertFalse(tokens.accepts(extended, extended, NOW));
    }

    @Test
    void refusesAnExpiredToken() {
        String token = tokens.issue(NOW);
        assertTrue(tokens.isGenuine(token, NOW.plus(DoubleSubmitTokens.LIFETIME).minusSeconds(1)));
        assertFalse(tokens.accepts(token, token, NOW.plus(DoubleSubmitTokens.LIFETIME)));
    }

    @Test
    void aTokenNearItsExpiryIsStillAcceptedButNotHandedOutAgain() {
        String token = tokens.issue(NOW);
        Instant late = NOW.plus(DoubleSubmitTokens.LIFETIME).minus(DoubleSubmitTokens.RENEW_BEFORE).plusSeconds(1);
        assertTrue(tokens.isReusable(token, NOW.plus(Duration.ofMinutes(10))));
        assertFalse(tokens.isReusable(token, late));
        assertTrue(tokens.accepts(token, token, late));
    }

    @Test
    void refusesMalformedTokensWithoutThrowing() {
        for (String bad : new String[] {"", ".", "..", "a..b", "a.b.c", "a.12.", ".12.sig", "x".repeat(500)}) {
            assertFalse(tokens.accepts(bad, bad, NOW), bad);
        }
    }

    @Test
    void refusesAKeyShorterThan256Bits() {
        assertThrows(IllegalArgumentException.class, () -> new DoubleSubmitTokens(new byte[16], new SecureRandom()));
    }

    @Test
    void aTokenIsCookieAndFormSafe() {
        String token = tokens.issue(NOW);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[0-9]+\\.[A-Za-z0-9_-]+"), token);
        assertEquals(3, token.split("\\.").length);
    }
}
