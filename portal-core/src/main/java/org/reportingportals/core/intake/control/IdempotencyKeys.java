package org.reportingportals.core.intake.control;

import com.ibm.icu.util.ULocale;
import org.reportingportals.core.intake.entity.ValidSubmission;
import org.reportingportals.core.reports.entity.AgeWhenMade;
import org.reportingportals.core.reports.entity.ContentHint;
import org.reportingportals.core.reports.entity.IdempotencyRecord;
import org.reportingportals.core.reports.entity.NormalisedUrl;
import org.reportingportals.core.reports.entity.Reporter;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The stored form of an {@code Idempotency-Key} and the fingerprint of the request it came with. The fingerprint
 * covers the reporter's address while every other input is stored in clear, so a plain digest would let anyone
 * with a copy of the table confirm a guessed address offline: it is an HMAC-SHA256 under a purpose key derived
 * from {@code portal.secret-key} ({@code request-fingerprint-v1}), and it is shredded with the address.
 */
public final class IdempotencyKeys {

    /** The purpose label the fingerprint key is derived under. */
    public static final String KEY_PURPOSE = "request-fingerprint-v1";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final SecretKeySpec fingerprintKey;

    /** @param fingerprintKey at least 256 bits, derived for {@link #KEY_PURPOSE} only */
    public IdempotencyKeys(byte[] fingerprintKey) {
        if (fingerprintKey.length < 32) {
            throw new IllegalArgumentException("the request fingerprint key must hold at least 32 bytes");
        }
        this.fingerprintKey = new SecretKeySpec(fingerprintKey.clone(), "HmacSHA256");
    }

    public static boolean isWellFormed(String key) {
        return key != null && FORM.matcher(key).matches();
    }

    public IdempotencyRecord record(String key, ValidSubmission submission, ULocale locale) {
        return new IdempotencyRecord(sha256(key), fingerprint(submission, locale));
    }

    /**
     * A digest of the request as understood, not as sent: two bodies that differ only in spelling
     * ({@code EXAMPLE.com} against {@code example.com}) are the same request.
     */
    String fingerprint(ValidSubmission submission, ULocale locale) {
        var contents = submission.contents();
        String canonical = String.join("\u0000",
                locale.toLanguageTag(),
                contents.urls().stream().map(NormalisedUrl::normalised).collect(Collectors.joining("\n")),
                contents.description().orElse(""),
                contents.whereFound().map(Enum::name).orElse(""),
                contents.contentHints().stream().map(ContentHint::code).sorted().collect(Collectors.joining(",")),
                Boolean.toString(contents.childInDanger()),
                submission.email().orElse(""),
                contents.feedback().name())
                // the self-report's fields only where given, so that a bystander's retry across the upgrade still matches
                + (contents.reporter() == Reporter.BYSTANDER ? "" : String.join("\u0000", "",
                        contents.reporter().code(), contents.ageWhenMade().map(AgeWhenMade::code).orElse(""),
                        Boolean.toString(contents.threatened())));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<String> hash(Optional<String> key) {
        return key.map(IdempotencyKeys::sha256);
    }
}
