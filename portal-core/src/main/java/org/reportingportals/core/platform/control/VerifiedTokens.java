package org.reportingportals.core.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer tokens this instance has already verified, so that an analyst's or a script's next request with the
 * same token is not parsed and checked again. Verifying costs Payara's MP-JWT a JSON parse of the key set, a
 * JSON parse of the token and an RSA signature check on every request; under 50 claimers that work queued on
 * the server's class loader (ops/bench, issue 10).
 *
 * <p>A token is kept under its SHA-256 (never as the token), for at most {@link #LONGEST} and never past its own
 * expiry, so a key taken out of the provider's key set stops being honoured within that time; MP-JWT checks no
 * revocation either. The cache is bounded: an attacker sending random tokens only ever fills it with nothing,
 * as only tokens that verified are kept.
 */
public final class VerifiedTokens {

    /** The longest a verified token is honoured without being verified again. */
    public static final Duration LONGEST = Duration.ofMinutes(5);

    /** What a verification established: the caller and their groups, until the token's expiry. */
    public record Verified(Principal caller, Set<String> groups, Instant expires) {
    }

    private final Cache<String, Verified> verified;

    public VerifiedTokens(int capacity) {
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(LONGEST).build();
    }

    /** The verification of this exact token, if one was remembered and the token has not expired since. */
    public Optional<Verified> find(String token, Instant now) {
        String key = key(token);
        Verified known = verified.getIfPresent(key);
        if (known == null) {
            return Optional.empty();
        }
        if (!now.isBefore(known.expires())) {
            verified.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /** Remembers a token that has just been verified. */
    public void remember(String token, Verified verification, Instant now) {
        if (now.isBefore(verification.expires())) {
            verified.put(key(token), new Verified(verification.caller(), Set.copyOf(verification.groups()),
                    verification.expires()));
        }
    }

    private static String key(String token) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
