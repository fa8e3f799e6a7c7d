package org.reportingportals.core.intake.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission as typed, before validation: what the JSON API and the HTML forms (the main one and the
 * self-report path) produce.
 */
public record SubmissionForm(List<String> urls, Optional<String> description, Optional<String> whereFound,
                             List<String> contentHints, boolean childInDanger, Optional<String> email,
                             Optional<String> feedback, Optional<String> locale, Optional<String> reporter,
                             Optional<String> ageWhenMade, boolean threatened) {
    public SubmissionForm {
        urls = List.copyOf(urls);
        contentHints = List.copyOf(contentHints);
        Objects.requireNonNull(description);
        Objects.requireNonNull(whereFound);
        Objects.requireNonNull(email);
        Objects.requireNonNull(feedback);
        Objects.requireNonNull(locale);
        Objects.requireNonNull(reporter);
        Objects.requireNonNull(ageWhenMade);
    }

    /** A bystander's form as the main report form and the API before the self-report path had it. */
    public static SubmissionForm bystander(List<String> urls, Optional<String> description, Optional<String> whereFound,
                                           List<String> contentHints, boolean childInDanger, Optional<String> email,
                                           Optional<String> feedback, Optional<String> locale) {
        return new SubmissionForm(urls, description, whereFound, contentHints, childInDanger, email, feedback, locale,
                Optional.empty(), Optional.empty(), false);
    }
}
