package org.reportingportals.core.tenancy.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The short-lived, signed token that lets an editor see a tenant's draft on the real pages. It names the
 * tenant and an expiry, signed with a key derived from the platform secret; nothing else, so it grants
 * nothing but the preview of that one draft.
 */
public final class PreviewTokens {

    /** Host-only, Secure, HttpOnly, SameSite=Strict: set by the admin pages, read by the portal pages. */
    public static final String COOKIE = "__Host-preview";
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private final byte[] key;

    public PreviewTokens(byte[] key) {
        this.key = key.clone();
    }

    public String issue(String tenant, Instant now) {
        String body = tenant + "." + now.plus(LIFETIME).getEpochSecond();
        return body + "." + sign(body);
    }

    /** The tenant this token previews, if it is genuine and not expired. */
    public Optional<String> tenant(String token, Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            long expiry = Long.parseLong(token.substring(first + 1, last));
            return now.getEpochSecond() < expiry ? Optional.of(token.substring(0, first)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
