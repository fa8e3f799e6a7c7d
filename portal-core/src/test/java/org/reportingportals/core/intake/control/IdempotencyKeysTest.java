package org.reportingportals.core.intake.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.core.intake.entity.ValidSubmission;
import org.reportingportals.core.reports.entity.AgeWhenMade;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.NormalisedUrl;
import org.reportingportals.core.reports.entity.ReportContents;
import org.reportingportals.core.reports.entity.Reporter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdempotencyKeysTest {

    private static final ULocale SWAHILI = ULocale.forLanguageTag("sw");
    private static final String EMAIL = "reporter@example.org";
    private static final String KEY = "retry-key-0123456789";

    private final IdempotencyKeys keys = new IdempotencyKeys(filled((byte) 1));

    private static byte[] filled(byte value) {
        byte[] key = new byte[32];
        Arrays.fill(key, value);
        return key;
    }

    private static ValidSubmission submission(String email) {
        var url = new NormalisedUrl("http://files.example/x", "http://files.example/x", "files.example",
                "files.example", false, false);
        return new ValidSubmission(ReportContents.bystander(List.of(url), Optional.of("seen in a comment"), Optional.empty(),
                Set.of(), false, FeedbackPreference.EMAIL), Optional.of(email));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What an attacker with a copy of the table can compute: the stored columns are in clear, so a plain digest
     * of them with a guessed address confirms the address. No arrangement of the inputs may give the fingerprint.
     */
    @Test
    void theFingerprintIsNoDigestAnyoneCanRecomputeFromTheRowAndAGuessedAddress() throws Exception {
        String fingerprint = keys.record(KEY, submission(EMAIL), SWAHILI).fingerprint();
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), "fits the column: " + fingerprint);
        String canonical = String.join("\u0000", "sw", "http://files.example/x", "seen in a comment", "", "", "false",
                EMAIL, "EMAIL");
        for (String guess : List.of(canonical, canonical.replace('\u0000', '\n'), EMAIL, KEY + canonical)) {
            assertNotEquals(sha256(guess), fingerprint);
        }
    }

    @Test
    void anotherKeyGivesAnotherFingerprintForTheSameRequest() {
        String mine = keys.record(KEY, submission(EMAIL), SWAHILI).fingerprint();
        String other = new IdempotencyKeys(filled((byte) 2)).record(KEY, submission(EMAIL), SWAHILI).fingerprint();
        assertNotEquals(mine, other);
    }

    /** The fingerprint's job: the same key and request is a retry (the same report), another request is a conflict. */
    @Test
    void aRetryOfTheSameRequestHasTheSameFingerprintAndAnyChangeAnother() {
        var first = keys.record(KEY, submission(EMAIL), SWAHILI);
        var retry = keys.record(KEY, submission(EMAIL), SWAHILI);
        assertEquals(first, retry);
        Stream.of(keys.record(KEY, submission("other@example.org"), SWAHILI),
                        keys.record(KEY, submission(EMAIL), ULocale.ENGLISH))
                .forEach(changed -> {
                    assertEquals(first.keyHash(), changed.keyHash());
                    assertNotEquals(first.fingerprint(), changed.fingerprint());
                });
    }

    /** The self-report's answers are part of the request: a retry that changes them is another request. */
    @Test
    void aPersonShownsAnswersArePartOfTheFingerprint() {
        var url = new NormalisedUrl("http://files.example/x", "http://files.example/x", "files.example",
                "files.example", false, false);
        java.util.function.BiFunction<Optional<AgeWhenMade>, Boolean, String> personShown = (age, threatened) ->
                keys.record(KEY, new ValidSubmission(new ReportContents(List.of(url), Optional.empty(), Optional.empty(),
                        Set.of(), threatened, FeedbackPreference.NONE, Reporter.PERSON_SHOWN, age, threatened),
                        Optional.empty()), SWAHILI).fingerprint();
        String bystander = keys.record(KEY, new ValidSubmission(ReportContents.bystander(List.of(url), Optional.empty(),
                Optional.empty(), Set.of(), false, FeedbackPreference.NONE), Optional.empty()), SWAHILI).fingerprint();
        Set<String> all = Set.of(bystander, personShown.apply(Optional.empty(), false),
                personShown.apply(Optional.of(AgeWhenMade.UNDER_11), false),
                personShown.apply(Optional.of(AgeWhenMade.FROM_14_TO_15), false),
                personShown.apply(Optional.of(AgeWhenMade.FROM_14_TO_15), true));
        assertEquals(5, all.size(), "every change of the answers is another request");
        assertEquals(personShown.apply(Optional.of(AgeWhenMade.UNDER_11), false),
                personShown.apply(Optional.of(AgeWhenMade.UNDER_11), false));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyKeys(new byte[16]));
    }
}
