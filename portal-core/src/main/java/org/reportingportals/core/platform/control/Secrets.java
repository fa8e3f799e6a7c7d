package org.reportingportals.core.platform.control;

import org.reportingportals.core.platform.entity.PortalMode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The master key and the purpose keys derived from it (HMAC-SHA256 of a purpose label), so one configured
 * secret serves every use without one use's key ever being another's.
 */
public final class Secrets {

    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

    private final byte[] master;

    private Secrets(byte[] master) {
        this.master = master;
    }

    /**
     * @param configured base64 of at least 32 random bytes ({@code portal.secret-key})
     * @throws IllegalStateException in production without a usable key: the platform must not start
     */
    public static Secrets from(Optional<String> configured, PortalMode mode, SecureRandom random) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        if (value.isPresent()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(value.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("portal.secret-key is not valid base64");
            }
            if (key.length < 32) {
                throw new IllegalStateException("portal.secret-key must hold at least 32 bytes, it holds " + key.length);
            }
            return new Secrets(key);
        }
        if (mode == PortalMode.PRODUCTION) {
            throw new IllegalStateException("portal.secret-key (PORTAL_SECRET_KEY) is required in production mode: "
                    + "generate one with 'openssl rand -base64 32', or set portal.mode=dev for a throw-away key");
        }
        LOG.warning("dev mode: no portal.secret-key configured, using a random key for this run only; "
                + "contact addresses stored now cannot be decrypted after a restart");
        byte[] key = new byte[32];
        random.nextBytes(key);
        return new Secrets(key);
    }

    /** A 256-bit key for one purpose, e.g. {@code contact-encryption-v1}. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
