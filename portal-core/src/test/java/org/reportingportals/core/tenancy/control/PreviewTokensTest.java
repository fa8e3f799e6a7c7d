package org.reportingportals.core.tenancy.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreviewTokensTest {

    private final PreviewTokens tokens = new PreviewTokens(new byte[32]);
    private final Instant now = Instant.parse("2026-11-22T04:00:00Z");

    @Test
    void aTokenPreviewsItsTenantUntilItExpires() {
        String token = tokens.issue("ug", now);
        assertEquals(Optional.of("ug"), tokens.tenant(token, now.plusSeconds(60)));
        assertEquals(Optional.empty(), tokens.tenant(token, now.plus(PreviewTokens.LIFETIME)));
    }

    @Test
    void anAlteredOrForeignTokenPreviewsNothing() {
        String token = tokens.issue("ug", now);
        assertEquals(Optional.empty(), tokens.tenant(token.replaceFirst("^ug", "np"), now));
        assertEquals(Optional.empty(), tokens.tenant(token + "x", now));
        assertEquals(Optional.empty(), new PreviewTokens(new byte[] {1}).tenant(token, now), "another key");
        assertEquals(Optional.empty(), tokens.tenant("ug.9999999999.", now));
        assertEquals(Optional.empty(), tokens.tenant(null, now));
    }
}
