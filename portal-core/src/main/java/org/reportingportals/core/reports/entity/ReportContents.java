package org.reportingportals.core.reports.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a reporter sends, after validation and URL normalisation: the same for the JSON API and the form.
 * The contact address is kept apart (it is encrypted before it reaches a {@link Report}).
 *
 * @param reporter   who sent it; only the person shown may give an age band or say they are being threatened
 * @param threatened someone threatens to share the content or asks for more, money or images (sextortion);
 *                   such a report is always one of a child in danger
 */
public record ReportContents(List<NormalisedUrl> urls, Optional<String> description, Optional<WhereFound> whereFound,
                             Set<ContentHint> contentHints, boolean childInDanger, FeedbackPreference feedback,
                             Reporter reporter, Optional<AgeWhenMade> ageWhenMade, boolean threatened) {
    public ReportContents {
        urls = List.copyOf(urls);
        contentHints = Set.copyOf(contentHints);
        Objects.requireNonNull(description);
        Objects.requireNonNull(whereFound);
        Objects.requireNonNull(feedback);
        Objects.requireNonNull(reporter);
        Objects.requireNonNull(ageWhenMade);
        if (reporter != Reporter.PERSON_SHOWN && (ageWhenMade.isPresent() || threatened)) {
            throw new IllegalArgumentException("only the person shown gives an age band or a threat");
        }
        if (threatened && !childInDanger) {
            throw new IllegalArgumentException("a threatened reporter is a child in danger");
        }
    }

    /** A bystander's report (the reporter of the main form and of every report before the self-report path). */
    public static ReportContents bystander(List<NormalisedUrl> urls, Optional<String> description,
                                           Optional<WhereFound> whereFound, Set<ContentHint> contentHints,
                                           boolean childInDanger, FeedbackPreference feedback) {
        return new ReportContents(urls, description, whereFound, contentHints, childInDanger, feedback,
                Reporter.BYSTANDER, Optional.empty(), false);
    }
}
