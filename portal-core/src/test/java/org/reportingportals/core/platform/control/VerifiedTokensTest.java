package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final Principal alice = () -> "alice";
    private final VerifiedTokens tokens = new VerifiedTokens(100);

    @Test
    void aRememberedTokenIsFoundWithItsCallerAndGroups() {
        tokens.remember("header.payload.signature", new VerifiedTokens.Verified(alice, Set.of("analyst"), NOW.plusSeconds(300)), NOW);
        VerifiedTokens.Verified found = tokens.find("header.payload.signature", NOW.plusSeconds(1)).orElseThrow();
        assertEquals("alice", found.caller().getName());
        assertEquals(Set.of("analyst"), found.groups());
    }

    @Test
    void onlyTheExactTokenMatches() {
        tokens.remember("header.payload.signature", new VerifiedTokens.Verified(alice, Set.of("analyst"), NOW.plusSeconds(300)), NOW);
        assertTrue(tokens.find("header.payload.signaturf", NOW).isEmpty());
        assertTrue(tokens.find("header.payload.signature ", NOW).isEmpty());
    }

    @Test
    void aTokenIsNotHonouredFromItsExpiryOn() {
        tokens.remember("t", new VerifiedTokens.Verified(alice, Set.of(), NOW.plusSeconds(60)), NOW);
        assertTrue(tokens.find("t", NOW.plusSeconds(59)).isPresent());
        assertTrue(tokens.find("t", NOW.plusSeconds(60)).isEmpty());
        assertTrue(tokens.find("t", NOW.plusSeconds(59)).isEmpty(), "forgotten once seen expired");
    }

    @Test
    void anExpiredVerificationIsNotRemembered() {
        tokens.remember("t", new VerifiedTokens.Verified(alice, Set.of(), NOW), NOW);
        assertTrue(tokens.find("t", NOW.minus(Duration.ofSeconds(1))).isEmpty());
    }

    @Test
    void theGroupsAreCopiedNotShared() {
        Set<String> groups = new java.util.HashSet<>(Set.of("analyst"));
        tokens.remember("t", new VerifiedTokens.Verified(alice, groups, NOW.plusSeconds(60)), NOW);
        groups.add("admin");
        assertEquals(Set.of("analyst"), tokens.find("t", NOW).orElseThrow().groups());
    }
}
