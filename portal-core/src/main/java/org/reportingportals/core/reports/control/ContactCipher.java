package org.reportingportals.core.reports.control;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Encrypts a reporter's contact address with AES-256-GCM. The report id is the associated data, so a
 * ciphertext only decrypts on the row it was written for. Format: {@code v1.<base64(iv || ciphertext+tag)>};
 * the version names the key generation, for rotation.
 */
public final class ContactCipher {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    public ContactCipher(byte[] aesKey, SecureRandom random) {
        if (aesKey.length != 32) {
            throw new IllegalArgumentException("the contact key must be 256 bits");
        }
        this.key = new SecretKeySpec(aesKey, "AES");
        this.random = random;
    }

    public String encrypt(String plaintext, UUID reportId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(reportId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + "." + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws IllegalArgumentException when the text was not written by this key for this report */
    public String decrypt(String stored, UUID reportId) {
        if (!stored.startsWith(VERSION + ".")) {
            throw new IllegalArgumentException("unknown contact cipher version");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length() + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(aad(reportId));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("contact ciphertext does not authenticate", e);
        }
    }

    private static byte[] aad(UUID reportId) {
        return reportId.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
