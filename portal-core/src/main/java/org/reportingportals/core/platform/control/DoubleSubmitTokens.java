package org.reportingportals.core.platform.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF tokens that need no server state: {@code <random>.<expiry>.<HMAC-SHA256(random.expiry)>}, sent both as a
 * cookie and in the form's hidden field. A cross-site page can make the browser send the cookie but can neither
 * read it nor mint a signed one of its own, so it cannot put the same value in the field. The signature is what
 * stops a cookie planted by a sibling subdomain from being accepted (plain double submit would take any value).
 */
public final class DoubleSubmitTokens {

    /** Long enough to fill in the report form slowly; the form page itself may be cached far longer. */
    public static final Duration LIFETIME = Duration.ofHours(2);

    /** A token closer than this to its expiry is replaced instead of handed out again with a fresh page. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(30);

    private static final int RANDOM_BYTES = 16;
    private static final int MAX_LENGTH = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** @param key a key for this purpose only ({@link Secrets#derive}) */
    public DoubleSubmitTokens(byte[] key, SecureRandom random) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the CSRF key must be at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.random = random;
    }

    public String issue(Instant now) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String body = ENCODER.encodeToString(bytes) + "." + now.plus(LIFETIME).getEpochSecond();
        return body + "." + signature(body);
    }

    /** Signed by this key and not expired. */
    public boolean isGenuine(String token, Instant now) {
        return expiry(token).filter(expiry -> now.getEpochSecond() < expiry).isPresent();
    }

    /** Genuine and with enough life left to go out with another page. */
    public boolean isReusable(String token, Instant now) {
        return expiry(token).filter(expiry -> now.plus(RENEW_BEFORE).getEpochSecond() < expiry).isPresent();
    }

    /**
     * Whether a form may be accepted: the cookie's token is genuine and unexpired and the field holds the same
     * value. Both comparisons take the same time wherever the values first differ.
     */
    public boolean accepts(String cookie, String field, Instant now) {
        if (cookie == null || field == null) {
            return false;
        }
        boolean same = MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.US_ASCII));
        return isGenuine(cookie, now) & same;
    }

    /** The expiry in epoch seconds of a well-formed token whose signature holds. */
    private Optional<Long> expiry(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first + 1) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        boolean signed = MessageDigest.isEqual(signature(body).getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII));
        if (!signed) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(token.substring(first + 1, last)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
