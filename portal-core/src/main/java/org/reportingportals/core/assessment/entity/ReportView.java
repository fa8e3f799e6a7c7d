package org.reportingportals.core.assessment.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as an analyst works on it: each URL with its assessment and its earlier sightings, and the
 * tenant's safeguarding contact for referrals. Nothing about the reporter beyond whether an address for
 * feedback is still on file (never the address). The API model, apart from entities.
 */
public record ReportView(UUID id, String reference, String tenant, String locale, Instant receivedAt, String status,
                         boolean childInDanger, String reporter, Optional<String> ageWhenMade, boolean threatened,
                         Optional<String> whereFound, List<String> contentHints,
                         Optional<String> description, Optional<Instant> leaseUntil, boolean heldByYou,
                         boolean contactOnFile,
                         Optional<Referral> referral, List<Url> urls) {

    /**
     * @param spoofFlags ICU UTS #39 warnings about the host ({@code mixed-script}, {@code looks-like-latin},
     *                   {@code invisible})
     */
    public record Url(UUID id, int index, String raw, String normalised, String hostUnicode, String hostAscii,
                      boolean hadUserinfo, boolean hostIsIp, List<String> spoofFlags, Optional<AssessmentView> assessment,
                      Sightings sightings) {
    }

    public record AssessmentView(UUID id, String outcome, Optional<String> hostingCountry, Optional<String> ageBand,
                                 Optional<Boolean> selfGenerated, List<String> actions, Optional<String> notes,
                                 Instant assessedAt, Optional<UUID> copiedFrom) {

        public static AssessmentView of(Assessment assessment) {
            Finding f = assessment.finding();
            return new AssessmentView(assessment.id(), f.outcome().code(), f.hostingCountry(),
                    f.ageBand().map(AgeBand::code), f.selfGenerated(), f.actions().stream().map(Action::code).sorted().toList(),
                    f.notes(), assessment.assessedAt(), assessment.copiedFrom());
        }
    }

    /** Where the same page and the same host were reported before, with outcomes where known. */
    public record Sightings(List<Sighting> samePage, List<Sighting> sameHost) {

        /** Earlier reports of the same page still without an outcome: what "apply to duplicates" would settle. */
        public long openSamePage() {
            return samePage.stream().filter(s -> s.outcome().isEmpty()).count();
        }
    }

    public record Sighting(UUID reportId, UUID urlId, String reference, String tenant, Instant receivedAt,
                           String normalised, Optional<String> outcome) {
    }

    /** The tenant's safeguarding contact, shown when a child may be in danger or a police referral is due. */
    public record Referral(String organisation, Optional<String> email, Optional<String> phone) {
    }
}
