package org.reportingportals.core.intake.control;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.reportingportals.core.intake.entity.SubmissionForm;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.reports.control.UrlNormaliser;
import org.reportingportals.core.reports.entity.AgeWhenMade;
import org.reportingportals.core.reports.entity.ContentHint;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.Reporter;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(new UrlNormaliser());
    private final LocaleNegotiator uganda = new LocaleNegotiator(List.of(new ULocale("en"), new ULocale("sw")),
            new ULocale("en"));

    private static SubmissionForm form(List<String> urls) {
        return SubmissionForm.bystander(urls, Optional.empty(), Optional.empty(), List.of(), false, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private List<String> codes(SubmissionValidator.Outcome outcome) {
        return outcome.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void acceptsAMinimalReportWithReceiptFeedback() {
        var outcome = validator.validate(form(List.of("example.com/x")), uganda, null);
        assertTrue(outcome.errors().isEmpty());
        var contents = outcome.submission().orElseThrow().contents();
        assertEquals("http://example.com/x", contents.urls().get(0).normalised());
        assertEquals(FeedbackPreference.RECEIPT, contents.feedback());
        assertEquals(new ULocale("en"), outcome.locale());
    }

    private static SubmissionForm selfReport(String reporter, String age, boolean threatened) {
        return new SubmissionForm(List.of("http://example.com/me"), Optional.empty(), Optional.empty(), List.of(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(reporter), Optional.ofNullable(age),
                threatened);
    }

    @Test
    void thePersonShownMayGiveTheirAgeAndAThreatWhichMakesItAChildInDanger() {
        var contents = validator.validate(selfReport("person-shown", "11-13", true), uganda, null)
                .submission().orElseThrow().contents();
        assertEquals(Reporter.PERSON_SHOWN, contents.reporter());
        assertEquals(Optional.of(AgeWhenMade.FROM_11_TO_13), contents.ageWhenMade());
        assertTrue(contents.threatened());
        assertTrue(contents.childInDanger());

        var quiet = validator.validate(selfReport("person-shown", null, false), uganda, null).submission().orElseThrow().contents();
        assertEquals(Optional.empty(), quiet.ageWhenMade());
        assertFalse(quiet.threatened());
        assertFalse(quiet.childInDanger());
        assertEquals(Reporter.BYSTANDER, validator.validate(form(List.of("example.com/x")), uganda, null)
                .submission().orElseThrow().contents().reporter());
    }

    @Test
    void whatOnlyThePersonShownCanSayIsRefusedFromAnyoneElseNotDropped() {
        assertEquals(List.of("ageWhenMade:person-shown-only", "threatened:person-shown-only"),
                codes(validator.validate(selfReport(null, "14-15", true), uganda, null)));
        assertEquals(List.of("ageWhenMade:person-shown-only"),
                codes(validator.validate(selfReport("bystander", "14-15", false), uganda, null)));
        assertEquals(List.of("reporter:reporter.invalid"), codes(validator.validate(selfReport("Person-Shown", null, true), uganda, null)));
        assertEquals(List.of("reporter:reporter.invalid"), codes(validator.validate(selfReport("", null, false), uganda, null)));
        assertEquals(List.of("ageWhenMade:age-when-made.invalid"),
                codes(validator.validate(selfReport("person-shown", "14-17", false), uganda, null)));
    }

    @Test
    void requiresAtLeastOneUrlAndAtMostTen() {
        assertEquals(List.of("urls:urls.required"), codes(validator.validate(form(List.of()), uganda, null)));
        assertEquals(List.of("urls:urls.required"), codes(validator.validate(form(List.of(" ", "")), uganda, null)));
        List<String> eleven = Collections.nCopies(11, "http://example.com/");
        assertEquals(List.of("urls:urls.too-many"), codes(validator.validate(form(eleven), uganda, null)));
    }

    @Test
    void tiesEachUrlErrorToItsIndex() {
        var outcome = validator.validate(form(List.of("http://ok.example/", "javascript:alert(1)", "http://exa mple.com")),
                uganda, null);
        assertEquals(List.of("urls[1]:url.scheme", "urls[2]:url.host"), codes(outcome));
    }

    @Test
    void mergesTheSamePageTypedTwice() {
        var outcome = validator.validate(form(List.of("http://Example.com/a", "example.com:80/a#top")), uganda, null);
        assertEquals(1, outcome.submission().orElseThrow().contents().urls().size());
    }

    @Test
    void collectsEveryProblemAtOnce() {
        var form = SubmissionForm.bystander(List.of("http://example.com/"), Optional.of("x".repeat(4001)), Optional.of("moon"),
                List.of("images", "smells"), false, Optional.of("not-an-email"), Optional.of("pigeon"), Optional.of("de"));
        List<String> codes = codes(validator.validate(form, uganda, null));
        assertEquals(List.of("locale:locale.unsupported", "description:description.too-long",
                "whereFound:where-found.invalid", "contentHints[1]:content-hints.invalid", "contact.email:email.invalid",
                "feedback:feedback.invalid"), codes);
    }

    @Test
    void emailFeedbackNeedsAnAddress() {
        var form = SubmissionForm.bystander(List.of("http://example.com/"), Optional.empty(), Optional.empty(), List.of(), false,
                Optional.empty(), Optional.of("email"), Optional.empty());
        assertEquals(List.of("contact.email:feedback.email-missing"), codes(validator.validate(form, uganda, null)));
    }

    @Test
    void anAddressMeansEmailFeedbackUnlessToldOtherwise() {
        var form = SubmissionForm.bystander(List.of("http://example.com/"), Optional.of("  seen here\r\n "),
                Optional.of("chat"), List.of("videos", "images"), true, Optional.of("Someone@EXAMPLE.org"),
                Optional.empty(), Optional.of("sw-UG"));
        var outcome = validator.validate(form, uganda, null);
        var valid = outcome.submission().orElseThrow();
        assertEquals(FeedbackPreference.EMAIL, valid.contents().feedback());
        assertEquals(Optional.of("Someone@example.org"), valid.email());
        assertEquals(Optional.of("  seen here\r\n "), valid.contents().description(), "kept exactly as sent");
        assertEquals(Set.of(ContentHint.IMAGES, ContentHint.VIDEOS), valid.contents().contentHints());
        assertEquals(new ULocale("sw"), outcome.locale());
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedAtTheirFieldNotDropped() {
        var form = SubmissionForm.bystander(List.of("http://example.com/x\u0000", "\u0000http://example.com/y",
                "http://exa\tmple.com/", "http://example.com/\r\n", "http://example.com/\ud800"),
                Optional.of("seen \u0000here"), Optional.empty(), List.of(), false, Optional.of("a\u0007@example.org"),
                Optional.empty(), Optional.empty());
        assertEquals(List.of("urls[0]:text.character", "urls[1]:text.character", "urls[2]:text.character",
                        "urls[3]:text.character", "urls[4]:text.character", "description:text.character",
                        "contact.email:text.character"),
                codes(validator.validate(form, uganda, null)));
        for (String description : List.of("\ud800", "a\udc00", "\u001b[31m", "\u007f", "\u0085")) {
            var one = SubmissionForm.bystander(List.of("http://example.com/"), Optional.of(description), Optional.empty(),
                    List.of(), false, Optional.empty(), Optional.empty(), Optional.empty());
            assertEquals(List.of("description:text.character"), codes(validator.validate(one, uganda, null)));
        }
    }

    @Test
    void urlsAndCodesAreTakenAsSentNeverTrimmed() {
        var form = SubmissionForm.bystander(List.of("  http://example.com/kept  "), Optional.of("\t"), Optional.of(" chat"),
                List.of("images "), false, Optional.of(" a@example.org"), Optional.of("receipt "), Optional.empty());
        assertEquals(List.of("whereFound:where-found.invalid", "contentHints[0]:content-hints.invalid",
                "contact.email:email.invalid", "feedback:feedback.invalid"), codes(validator.validate(form, uganda, null)));
        var url = validator.validate(form(List.of("  http://example.com/kept  ")), uganda, null)
                .submission().orElseThrow().contents().urls().get(0);
        assertEquals("  http://example.com/kept  ", url.raw(), "the analyst sees what was typed");
        assertEquals("http://example.com/kept", url.normalised());
    }

    @Test
    void aLineBreakCountsOnceAgainstTheDescriptionsLength() {
        String atTheLimit = "x".repeat(SubmissionValidator.MAX_DESCRIPTION - 1) + "\r\n";
        var kept = SubmissionForm.bystander(List.of("http://example.com/"), Optional.of(atTheLimit), Optional.empty(),
                List.of(), false, Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Optional.of(atTheLimit), validator.validate(kept, uganda, null).submission().orElseThrow()
                .contents().description());
        var over = SubmissionForm.bystander(List.of("http://example.com/"), Optional.of(atTheLimit + "x"), Optional.empty(),
                List.of(), false, Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(List.of("description:description.too-long"), codes(validator.validate(over, uganda, null)));
    }

    @Test
    void fallsBackToAcceptLanguageThenTheDefault() {
        assertEquals(new ULocale("sw"), validator.validate(form(List.of("example.com")), uganda, "sw-KE,en;q=0.5").locale());
        assertEquals(new ULocale("en"), validator.validate(form(List.of("example.com")), uganda, "zz;;;==").locale());
    }

    @Test
    void fieldErrorsNameCatalogKeys() {
        FieldError error = validator.validate(form(List.of()), uganda, null).errors().get(0);
        assertEquals("intake.error.urls.required", error.messageKey());
    }
}
