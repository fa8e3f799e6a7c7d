package org.reportingportals.core.intake.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission as typed, before validation: what the JSON API and the HTML form both produce.
 */
public record SubmissionForm(List<String> urls, Optional<String> description, Optional<String> whereFound,
                             List<String> contentHints, boolean childInDanger, Optional<String> email,
                             Optional<String> feedback, Optional<String> locale) {
    public SubmissionForm {
        urls = List.copyOf(urls);
        contentHints = List.copyOf(contentHints);
        Objects.requireNonNull(description);
        Objects.requireNonNull(whereFound);
        Objects.requireNonNull(email);
        Objects.requireNonNull(feedback);
        Objects.requireNonNull(locale);
    }
}
