package org.reportingportals.core.intake.entity;

import org.reportingportals.core.reports.entity.ReportContents;

import java.util.Optional;

/** A submission that passed validation: normalised contents and, apart, the contact address. */
public record ValidSubmission(ReportContents contents, Optional<String> email) {
}
