package org.reportingportals.core.intake.control;

import com.ibm.icu.util.ULocale;
import org.reportingportals.core.intake.entity.SubmissionForm;
import org.reportingportals.core.intake.entity.ValidSubmission;
import org.reportingportals.core.platform.entity.FieldError;
import org.reportingportals.core.reports.control.UrlNormaliser;
import org.reportingportals.core.reports.entity.ContentHint;
import org.reportingportals.core.reports.entity.FeedbackPreference;
import org.reportingportals.core.reports.entity.NormalisedUrl;
import org.reportingportals.core.reports.entity.ReportContents;
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
 * problem is collected (not just the first), each tied to its field.
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

        Optional<String> description = form.description().map(SubmissionValidator::cleanText).filter(d -> !d.isEmpty());
        if (description.isPresent() && description.get().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "description.too-long", "intake.error.description.too-long",
                    Map.of("max", MAX_DESCRIPTION)));
        }

        Optional<WhereFound> whereFound = Optional.empty();
        if (form.whereFound().filter(w -> !w.isBlank()).isPresent()) {
            whereFound = WhereFound.fromCode(form.whereFound().get().strip());
            if (whereFound.isEmpty()) {
                errors.add(new FieldError("whereFound", "where-found.invalid", "intake.error.where-found.invalid"));
            }
        }

        Set<ContentHint> hints = EnumSet.noneOf(ContentHint.class);
        for (int i = 0; i < form.contentHints().size(); i++) {
            Optional<ContentHint> hint = ContentHint.fromCode(form.contentHints().get(i).strip());
            if (hint.isPresent()) {
                hints.add(hint.get());
            } else {
                errors.add(new FieldError("contentHints[" + i + "]", "content-hints.invalid",
                        "intake.error.content-hints.invalid"));
            }
        }

        Optional<String> email = form.email().map(String::strip).filter(e -> !e.isEmpty());
        if (email.isPresent() && (email.get().length() > MAX_EMAIL || !EMAIL.matcher(email.get()).matches())) {
            errors.add(new FieldError("contact.email", "email.invalid", "intake.error.email.invalid"));
        }

        FeedbackPreference feedback = email.isPresent() ? FeedbackPreference.EMAIL : FeedbackPreference.RECEIPT;
        if (form.feedback().filter(f -> !f.isBlank()).isPresent()) {
            Optional<FeedbackPreference> chosen = FeedbackPreference.fromCode(form.feedback().get().strip());
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

        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), locale, errors);
        }
        ReportContents contents = new ReportContents(urls, description, whereFound, hints, form.childInDanger(),
                feedback);
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

    /** Line endings unified, control characters other than newline and tab dropped, ends trimmed. */
    static String cleanText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\n' || c == '\t' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static String lowerDomain(String email) {
        int at = email.lastIndexOf('@');
        return email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
