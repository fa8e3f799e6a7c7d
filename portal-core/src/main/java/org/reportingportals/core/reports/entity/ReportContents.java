package org.reportingportals.core.reports.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a reporter sends, after validation and URL normalisation: the same for the JSON API and the form.
 * The contact address is kept apart (it is encrypted before it reaches a {@link Report}).
 */
public record ReportContents(List<NormalisedUrl> urls, Optional<String> description, Optional<WhereFound> whereFound,
                             Set<ContentHint> contentHints, boolean childInDanger, FeedbackPreference feedback) {
    public ReportContents {
        urls = List.copyOf(urls);
        contentHints = Set.copyOf(contentHints);
        Objects.requireNonNull(description);
        Objects.requireNonNull(whereFound);
        Objects.requireNonNull(feedback);
    }
}
