package org.reportingportals.core.platform.control;

import jakarta.json.spi.JsonProvider;
import org.junit.jupiter.api.Test;
import org.reportingportals.core.platform.entity.StaffPass;
import org.reportingportals.core.platform.entity.StaffSessionSettings;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffPassesTest {

    private static final Instant SIGNED_ON = Instant.parse("2026-12-02T08:00:00Z");
    private static final StaffSessionSettings SESSIONS = new StaffSessionSettings(Duration.ofMinutes(30), Duration.ofHours(10));
    private final StaffPasses passes = new StaffPasses(new SealedText(new byte[32], new SecureRandom()), SESSIONS,
            JsonProvider.provider());

    private static StaffPass pass(Instant seen) {
        return new StaffPass("http://kc/realms/portal", "sub-1", "partner-ug", "Pat Partner", Set.of("partner-admin"),
                Optional.of("ug"), "header.claims.signature", Optional.of("http://kc/realms/portal/logout"), SIGNED_ON, seen);
    }

    @Test
    void aSealedPassOpensOnAnyInstanceWithTheSameKeyAsItWasIssued() {
        String sealed = passes.seal(pass(SIGNED_ON));
        StaffPasses elsewhere = new StaffPasses(new SealedText(new byte[32], new SecureRandom()), SESSIONS, JsonProvider.provider());
        StaffPass opened = elsewhere.open(sealed, SIGNED_ON.plusSeconds(5)).orElseThrow();
        assertEquals(pass(SIGNED_ON), opened);
        assertEquals(Set.of("partner-admin"), opened.groups());
        assertEquals(Optional.of("ug"), opened.tenant());
    }

    @Test
    void aPassWithoutTenantOrEndSessionStaysWithout() {
        StaffPass analyst = new StaffPass("iss", "sub", "analyst1", "Ada", Set.of("analyst", "senior-analyst"), Optional.empty(),
                "t", Optional.empty(), SIGNED_ON, SIGNED_ON);
        assertEquals(analyst, passes.open(passes.seal(analyst), SIGNED_ON).orElseThrow());
    }

    @Test
    void endsAfterTheIdleTimeWithoutARequest() {
        String sealed = passes.seal(pass(SIGNED_ON));
        assertTrue(passes.open(sealed, SIGNED_ON.plus(Duration.ofMinutes(29))).isPresent());
        assertTrue(passes.open(sealed, SIGNED_ON.plus(Duration.ofMinutes(30))).isEmpty(), "idle for 30 minutes");
    }

    @Test
    void neverOutlivesTheMaximumHoweverOftenItIsRenewed() {
        Instant late = SIGNED_ON.plus(Duration.ofHours(9)).plus(Duration.ofMinutes(50));
        StaffPass renewed = pass(late);
        assertEquals(SIGNED_ON.plus(Duration.ofHours(10)), passes.expiry(renewed), "the maximum wins over the idle time");
        String sealed = passes.seal(renewed);
        assertTrue(passes.open(sealed, late.plus(Duration.ofMinutes(9))).isPresent());
        assertTrue(passes.open(sealed, SIGNED_ON.plus(Duration.ofHours(10))).isEmpty(), "ten hours after signing on");
    }

    @Test
    void isRenewedAtMostOnceAMinute() {
        StaffPass seen = pass(SIGNED_ON);
        assertFalse(passes.renewalDue(seen, SIGNED_ON.plusSeconds(59)));
        assertTrue(passes.renewalDue(seen, SIGNED_ON.plusSeconds(60)));
        StaffPass again = seen.seen(SIGNED_ON.plusSeconds(60));
        assertEquals(SIGNED_ON.plusSeconds(60).plus(Duration.ofMinutes(30)), passes.expiry(again));
        assertEquals(SIGNED_ON, again.signedOnAt(), "renewal keeps the sign-on time");
    }

    @Test
    void cannotBeReadOrAlteredByTheBrowser() {
        String sealed = passes.seal(pass(SIGNED_ON));
        String raw = new String(Base64.getUrlDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("partner-admin") || raw.contains("partner-ug"), "roles and name are not readable");
        byte[] bytes = Base64.getUrlDecoder().decode(sealed);
        bytes[20] ^= 1;
        assertTrue(passes.open(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), SIGNED_ON).isEmpty());
        assertTrue(passes.open("not-a-pass", SIGNED_ON).isEmpty());
        assertTrue(passes.open("", SIGNED_ON).isEmpty());
    }

    @Test
    void aPassAndAPendingSignOnCannotStandInForEachOther() {
        StaffPasses.PendingSignOn pending = new StaffPasses.PendingSignOn("state-1", "verifier-1", "/admin/ug/configuration");
        String sealedPending = passes.seal(pending, SIGNED_ON);
        assertEquals(Optional.of(pending), passes.openSignOn(sealedPending, SIGNED_ON.plusSeconds(60)));
        assertTrue(passes.open(sealedPending, SIGNED_ON).isEmpty(), "a pending sign-on is no pass");
        assertTrue(passes.openSignOn(passes.seal(pass(SIGNED_ON)), SIGNED_ON).isEmpty(), "a pass is no pending sign-on");
        assertTrue(passes.openSignOn(sealedPending, SIGNED_ON.plus(StaffPasses.SIGN_ON_LIFETIME)).isEmpty(), "a sign-on expires");
    }

    @Test
    void aRealIdentityTokenFitsInACookie() {
        String idToken = "x".repeat(1400); // Keycloak's identity tokens for this realm are about 1,150 characters
        StaffPass big = new StaffPass("http://127.0.0.1:8180/realms/portal", "ba60d690-41c2-4484-aebb-4fffa776984a",
                "platform1", "Platform Admin", Set.of("platform-admin", "senior-analyst", "analyst"), Optional.of("ug"), idToken,
                Optional.of("http://127.0.0.1:8180/realms/portal/protocol/openid-connect/logout"), SIGNED_ON, SIGNED_ON);
        String sealed = passes.seal(big);
        assertTrue(sealed.length() < 4000, "cookie length " + sealed.length());
        assertEquals(big, passes.open(sealed, SIGNED_ON).orElseThrow());
    }

    @Test
    void theIdleTimeCannotExceedTheMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new StaffSessionSettings(Duration.ofHours(11), Duration.ofHours(10)));
    }
}
