package org.reportingportals.core.reports.control;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt secrets: 100 random bits written as 20 Crockford base32 characters in groups of four
 * ({@code 7KQ2-9XHD-...}), stored only as a keyed hash: HMAC-SHA256 under a server key derived from
 * {@code portal.secret-key}, over a per-receipt salt and the receipt ({@code hmac-sha256$salt$mac}). A slow
 * password hash protects secrets a person chose; at 100 random bits it adds nothing but CPU on every intake,
 * and without the server key a stolen table cannot even be attacked offline. Hashes stored before
 * ({@code pbkdf2-sha256$iterations$salt$hash}) still verify.
 *
 * <p>A receipt for a request that carries an idempotency key is derived from that key with a server-side
 * HMAC key instead of drawn at random, so that a retried request can be answered with the same receipt
 * without the receipt ever being stored in a recoverable form.
 *
 * <p>Verification always does the full hash work, also for an unknown reference
 * ({@link #verifyAgainstNothing}), so timing does not tell whether a reference exists.
 */
public final class Receipts {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final String SCHEME = "hmac-sha256";
    private static final String LEGACY_SCHEME = "pbkdf2-sha256";

    private final SecureRandom random;
    private final byte[] derivationKey;
    private final byte[] hashKey;
    private final String decoyHash;

    /**
     * @param derivationKey the key receipts of idempotent requests are derived with
     * @param hashKey       the key receipts are stored under; another purpose key than {@code derivationKey}
     */
    public Receipts(SecureRandom random, byte[] derivationKey, byte[] hashKey) {
        if (hashKey.length < 32 || java.util.Arrays.equals(hashKey, derivationKey)) {
            throw new IllegalArgumentException("the receipt hash key must hold 32 bytes and differ from the derivation key");
        }
        this.random = random;
        this.derivationKey = derivationKey.clone();
        this.hashKey = hashKey.clone();
        this.decoyHash = hash(fresh());
    }

    /** A new random receipt, formatted for display. */
    public String fresh() {
        byte[] bits = new byte[13];
        random.nextBytes(bits);
        return format(bits);
    }

    /** The receipt for a request with an idempotency key: stable for the same tenant and key. */
    public String derived(String tenantCode, String idempotencyKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derivationKey, "HmacSHA256"));
            byte[] digest = mac.doFinal((tenantCode + '\n' + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return format(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public String hash(String receipt) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(mac(salt, canonical(receipt).orElse("")));
    }

    /**
     * Whether {@code typed} is the receipt behind {@code stored}. The comparison is constant-time, and a typed
     * value that is not even a receipt is hashed all the same, so the answer's timing says nothing.
     */
    public boolean verify(String typed, String stored) {
        String[] parts = stored.split("\\$");
        Optional<String> canonical = canonical(typed);
        byte[] actual;
        byte[] expected;
        if (parts.length == 3 && parts[0].equals(SCHEME)) {
            expected = Base64.getDecoder().decode(parts[2]);
            actual = mac(Base64.getDecoder().decode(parts[1]), canonical.orElse(""));
        } else if (parts.length == 4 && parts[0].equals(LEGACY_SCHEME)) {
            expected = Base64.getDecoder().decode(parts[3]);
            actual = pbkdf2(canonical.orElse(""), Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        } else {
            return false;
        }
        return MessageDigest.isEqual(expected, actual) && canonical.isPresent();
    }

    /** Does the same work as {@link #verify} for a reference that does not exist; always false. */
    public boolean verifyAgainstNothing(String typed) {
        verify(typed, decoyHash);
        return false;
    }

    /**
     * What a person typed, reduced to the 20 significant characters: case, spaces and hyphens do not
     * matter, and the Crockford look-alikes O, I and L read as 0, 1 and 1.
     */
    static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            out.append(mapped);
        }
        return out.length() == LENGTH ? Optional.of(out.toString()) : Optional.empty();
    }

    private static String format(byte[] bits) {
        StringBuilder out = new StringBuilder(LENGTH + 4);
        int buffer = 0;
        int bitsInBuffer = 0;
        int index = 0;
        int written = 0;
        while (written < LENGTH) {
            if (bitsInBuffer < 5) {
                buffer = (buffer << 8) | (bits[index++] & 0xff);
                bitsInBuffer += 8;
            }
            int symbol = (buffer >> (bitsInBuffer - 5)) & 0x1f;
            bitsInBuffer -= 5;
            if (written > 0 && written % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(symbol));
            written++;
        }
        return out.toString();
    }

    private byte[] mac(byte[] salt, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hashKey, "HmacSHA256"));
            mac.update(salt);
            return mac.doFinal(canonical.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Only to verify hashes stored before receipts were keyed. */
    private static byte[] pbkdf2(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }
}
