package org.reportingportals.core.intake.control;

import com.ibm.icu.util.ULocale;
import org.reportingportals.core.intake.entity.ValidSubmission;
import org.reportingportals.core.reports.entity.ContentHint;
import org.reportingportals.core.reports.entity.IdempotencyRecord;
import org.reportingportals.core.reports.entity.NormalisedUrl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The stored form of an {@code Idempotency-Key} and the fingerprint of the request it came with. */
public final class IdempotencyKeys {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private IdempotencyKeys() {
    }

    public static boolean isWellFormed(String key) {
        return key != null && FORM.matcher(key).matches();
    }

    public static IdempotencyRecord record(String key, ValidSubmission submission, ULocale locale) {
        return new IdempotencyRecord(sha256(key), fingerprint(submission, locale));
    }

    /**
     * A digest of the request as understood, not as sent: two bodies that differ only in spelling
     * ({@code EXAMPLE.com} against {@code example.com}) are the same request.
     */
    static String fingerprint(ValidSubmission submission, ULocale locale) {
        var contents = submission.contents();
        String canonical = String.join("\u0000",
                locale.toLanguageTag(),
                contents.urls().stream().map(NormalisedUrl::normalised).collect(Collectors.joining("\n")),
                contents.description().orElse(""),
                contents.whereFound().map(Enum::name).orElse(""),
                contents.contentHints().stream().map(ContentHint::code).sorted().collect(Collectors.joining(",")),
                Boolean.toString(contents.childInDanger()),
                submission.email().orElse(""),
                contents.feedback().name());
        return sha256(canonical);
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
