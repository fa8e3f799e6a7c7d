package org.reportingportals.core.intake.control;

import com.ibm.icu.util.ULocale;
import org.reportingportals.core.intake.entity.SubmissionForm;
import org.reportingportals.core.intake.entity.ValidSubmission;
import org.reportingportals.core.platform.control.UnicodeText;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.reports.control.UrlNormaliser;
import org.reportingportals.core.reports.entity.AgeWhenMade;
import org.reportingportals.core.reports.entity.ContentHint;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.NormalisedUrl;
import org.reportingportals.core.reports.entity.ReportContents;
import org.reportingportals.core.reports.entity.Reporter;
import org.reportingportals.core.reports.entity.WhereFound;
import org.reportingportals.i18n.negotiation.control.LocaleNegotiator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link SubmissionForm} against the rules every portal shares and normalises its URLs. Every
 * problem is collected (not just the first), each tied to its field. Nothing is cleaned up on the way: text with
 * a character {@link UnicodeText} refuses is refused, the rest is kept exactly as sent (each URL's raw form too;
 * its normalised form is derived beside it).
 */
public final class SubmissionValidator {

    public static final int MAX_URLS = 10;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}");

    /** Either a valid submission with the locale it is in, or the errors. */
    public record Outcome(Optional<ValidSubmission> submission, ULocale locale, List<FieldError> errors) {
    }

    private final UrlNormaliser normaliser;

    public SubmissionValidator(UrlNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /**
     * @param locales        the tenant's offered locales
     * @param acceptLanguage the request's header, used when the form names no locale
     */
    public Outcome validate(SubmissionForm form, LocaleNegotiator locales, String acceptLanguage) {
        List<FieldError> errors = new ArrayList<>();

        ULocale locale = locales.matchAcceptLanguage(acceptLanguage);
        if (form.locale().isPresent()) {
            Optional<ULocale> explicit = locales.matchExplicit(form.locale().get());
            if (explicit.isPresent()) {
                locale = explicit.get();
            } else {
                errors.add(new FieldError("locale", "locale.unsupported", "intake.error.locale.unsupported"));
            }
        }

        List<NormalisedUrl> urls = urls(form.urls(), errors);

        // kept exactly as sent (line endings, surrounding white space); only an empty one means none
        Optional<String> description = form.description().filter(d -> !d.isEmpty());
        if (description.isPresent() && !UnicodeText.acceptable(description.get(), true)) {
            errors.add(UnicodeText.refused("description"));
        } else if (description.isPresent() && lengthAsTyped(description.get()) > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "description.too-long", "intake.error.description.too-long",
                    Map.of("max", MAX_DESCRIPTION)));
        }

        Optional<WhereFound> whereFound = Optional.empty();
        if (form.whereFound().filter(w -> !w.isBlank()).isPresent()) {
            whereFound = WhereFound.fromCode(form.whereFound().get());
            if (whereFound.isEmpty()) {
                errors.add(new FieldError("whereFound", "where-found.invalid", "intake.error.where-found.invalid"));
            }
        }

        Set<ContentHint> hints = EnumSet.noneOf(ContentHint.class);
        for (int i = 0; i < form.contentHints().size(); i++) {
            Optional<ContentHint> hint = ContentHint.fromCode(form.contentHints().get(i));
            if (hint.isPresent()) {
                hints.add(hint.get());
            } else {
                errors.add(new FieldError("contentHints[" + i + "]", "content-hints.invalid",
                        "intake.error.content-hints.invalid"));
            }
        }

        Optional<String> email = form.email().filter(e -> !e.isEmpty());
        if (email.isPresent() && !UnicodeText.acceptable(email.get(), false)) {
            errors.add(UnicodeText.refused("contact.email"));
            email = Optional.empty();
        } else if (email.isPresent() && (email.get().length() > MAX_EMAIL || !EMAIL.matcher(email.get()).matches())) {
            errors.add(new FieldError("contact.email", "email.invalid", "intake.error.email.invalid"));
        }

        FeedbackPreference feedback = email.isPresent() ? FeedbackPreference.EMAIL : FeedbackPreference.RECEIPT;
        if (form.feedback().filter(f -> !f.isBlank()).isPresent()) {
            Optional<FeedbackPreference> chosen = FeedbackPreference.fromCode(form.feedback().get());
            if (chosen.isEmpty()) {
                errors.add(new FieldError("feedback", "feedback.invalid", "intake.error.feedback.invalid"));
            } else {
                feedback = chosen.get();
                if (feedback == FeedbackPreference.EMAIL && email.isEmpty()) {
                    errors.add(new FieldError("contact.email", "feedback.email-missing",
                            "intake.error.feedback.email-missing"));
                }
            }
        }

        Optional<Reporter> reporter = Reporter.fromCode(form.reporter().orElse(Reporter.BYSTANDER.code()));
        if (reporter.isEmpty()) {
            errors.add(new FieldError("reporter", "reporter.invalid", "intake.error.reporter.invalid"));
        }
        Optional<AgeWhenMade> ageWhenMade = Optional.empty();
        if (form.ageWhenMade().isPresent()) {
            ageWhenMade = AgeWhenMade.fromCode(form.ageWhenMade().get());
            if (ageWhenMade.isEmpty()) {
                errors.add(new FieldError("ageWhenMade", "age-when-made.invalid", "intake.error.age-when-made.invalid"));
            }
        }
        // what only the person shown can say is refused from anyone else rather than dropped
        if (reporter.filter(r -> r != Reporter.PERSON_SHOWN).isPresent()) {
            if (form.ageWhenMade().isPresent()) {
                errors.add(new FieldError("ageWhenMade", "person-shown-only", "intake.error.person-shown-only"));
            }
            if (form.threatened()) {
                errors.add(new FieldError("threatened", "person-shown-only", "intake.error.person-shown-only"));
            }
        }

        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), locale, errors);
        }
        // a threat to share the content, or a demand for more, is sextortion: a child in danger
        ReportContents contents = new ReportContents(urls, description, whereFound, hints,
                form.childInDanger() || form.threatened(), feedback, reporter.get(), ageWhenMade, form.threatened());
        return new Outcome(Optional.of(new ValidSubmission(contents, email.map(SubmissionValidator::lowerDomain))),
                locale, List.of());
    }

    private List<NormalisedUrl> urls(List<String> typed, List<FieldError> errors) {
        List<String> nonBlank = typed.stream().filter(u -> u != null && !u.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            errors.add(new FieldError("urls", "urls.required", "intake.error.urls.required"));
            return List.of();
        }
        if (nonBlank.size() > MAX_URLS) {
            errors.add(new FieldError("urls", "urls.too-many", "intake.error.urls.too-many", Map.of("max", MAX_URLS)));
            return List.of();
        }
        // the same page typed twice is one URL for the analyst
        Map<String, NormalisedUrl> unique = new LinkedHashMap<>();
        for (int i = 0; i < typed.size(); i++) {
            String raw = typed.get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            if (!UnicodeText.acceptable(raw, false)) {
                // refused, not stripped: a NUL or line break inside what was typed is not part of any address
                errors.add(UnicodeText.refused("urls[" + i + "]"));
                continue;
            }
            UrlNormaliser.Outcome outcome = normaliser.normalise(raw);
            if (outcome instanceof UrlNormaliser.Accepted accepted) {
                unique.putIfAbsent(accepted.url().normalised(), accepted.url());
            } else if (outcome instanceof UrlNormaliser.Rejected rejected) {
                String code = rejected.problem().code();
                Map<String, Object> arguments = rejected.problem() == UrlNormaliser.Problem.TOO_LONG
                        ? Map.of("max", UrlNormaliser.MAX_RAW_LENGTH) : Map.of();
                errors.add(new FieldError("urls[" + i + "]", "url." + code, "intake.error.url." + code, arguments));
            }
        }
        return List.copyOf(unique.values());
    }

    /** A line break counts once, as a browser counts it against a text area's maxlength (it sends CRLF). */
    static int lengthAsTyped(String text) {
        return text.replace("\r\n", "\n").length();
    }

    /** DNS names are case-insensitive: the domain is lower-cased, the local part kept as it was typed. */
    private static String lowerDomain(String email) {
        int at = email.lastIndexOf('@');
        return email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
