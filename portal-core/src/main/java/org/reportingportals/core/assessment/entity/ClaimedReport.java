package org.reportingportals.core.assessment.entity;

import org.reportingportals.core.reports.entity.ContentHint;
import org.reportingportals.core.reports.entity.Report;
import org.reportingportals.core.reports.entity.ReportedUrl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an analyst receives on a claim: the report without anything about the reporter (no contact
 * address, no receipt). The API model, kept apart from the entity. {@code reporter} is {@code bystander} or
 * {@code person-shown} (the self-report path, which alone may carry {@code ageWhenMade} and {@code threatened}).
 */
public record ClaimedReport(UUID id, String reference, String tenant, String locale, Instant receivedAt,
                            boolean childInDanger, String reporter, Optional<String> ageWhenMade, boolean threatened,
                            Optional<String> whereFound, List<String> contentHints,
                            Optional<String> description, List<Url> urls, Instant leaseUntil) {

    public record Url(UUID id, int index, String raw, String normalised, String hostUnicode, String hostAscii,
                      boolean hadUserinfo, boolean hostIsIp) {
    }

    public static ClaimedReport of(Report report) {
        List<Url> urls = report.urls().stream().map(ClaimedReport::url).toList();
        return new ClaimedReport(report.id(), report.reference().value(), report.tenantCode(), report.locale(),
                report.receivedAt(), report.childInDanger(), report.reporter().code(),
                report.ageWhenMade().map(a -> a.code()), report.threatened(), report.whereFound().map(w -> w.code()),
                report.contentHints().stream().map(ContentHint::code).sorted().toList(), report.description(), urls,
                report.leaseUntil().orElseThrow());
    }

    private static Url url(ReportedUrl url) {
        var u = url.url();
        return new Url(url.id(), url.index(), u.raw(), u.normalised(), u.hostUnicode(), u.hostAscii(), u.hadUserinfo(),
                u.hostIsIp());
    }
}
