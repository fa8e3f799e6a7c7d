package org.reportingportals.core.platform.control;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Short texts the client carries for us and can neither read nor alter: AES-256-GCM with the expiry inside and
 * the place it is meant for ({@code context}) as associated data, so a sealed text opens only there and only
 * until then. It replaces server state that would otherwise pin a visitor to a session and an instance.
 */
public final class SealedText {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_LENGTH = 4000; // what fits in a cookie

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** @param key a 256-bit key for this purpose only ({@link Secrets#derive}) */
    public SealedText(byte[] key, SecureRandom random) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the sealing key must be 256 bits");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.random = random;
    }

    /** Base64url, safe in a cookie. */
    public String seal(String text, String context, Instant until) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] plain = (until.getEpochSecond() + "|" + text).getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The text, if it was sealed by this key for this context and has not expired. */
    public Optional<String> open(String sealed, String context, Instant now) {
        if (sealed == null || sealed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealed);
            if (all.length <= IV_BYTES) {
                return Optional.empty();
            }
            byte[] iv = Arrays.copyOf(all, IV_BYTES);
            String plain = new String(cipher(Cipher.DECRYPT_MODE, iv, context).doFinal(all, IV_BYTES, all.length - IV_BYTES),
                    StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return now.getEpochSecond() < Long.parseLong(plain.substring(0, bar))
                    ? Optional.of(plain.substring(bar + 1)) : Optional.empty();
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
