package org.reportingportals.core.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.reportingportals.core.platform.entity.UtcInstantConverter;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An analyst's assessment of one reported URL. One per URL; it is written once (a second opinion, later,
 * is a review beside it, not an edit of it).
 */
@Entity
@Table(name = "assessments")
@NamedQuery(name = Assessment.OF_REPORT, query = "SELECT a FROM Assessment a WHERE a.reportId = :report")
@NamedQuery(name = Assessment.OF_URLS, query = "SELECT a FROM Assessment a WHERE a.reportedUrlId IN :urls")
public class Assessment {

    public static final String OF_REPORT = "Assessment.ofReport";
    public static final String OF_URLS = "Assessment.ofUrls";

    @Id
    private String id;

    @Column(name = "report_id", nullable = false, length = 36)
    private String reportId;

    @Column(name = "reported_url_id", nullable = false, length = 36)
    private String reportedUrlId;

    @Column(nullable = false, length = 400)
    private String analyst;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome outcome;

    @Column(name = "hosting_country", length = 2)
    private String hostingCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 20)
    private AgeBand ageBand;

    @Column(name = "self_generated")
    private Boolean selfGenerated;

    @Column(nullable = false, length = 200)
    private String actions;

    @Column(length = 4000)
    private String notes;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "copied_from", length = 36)
    private String copiedFrom;

    protected Assessment() {
        // JPA
    }

    public Assessment(UUID reportId, UUID reportedUrlId, String analyst, Finding finding, Instant at,
                      Optional<UUID> copiedFrom) {
        this.id = UUID.randomUUID().toString();
        this.reportId = reportId.toString();
        this.reportedUrlId = reportedUrlId.toString();
        this.analyst = Objects.requireNonNull(analyst);
        this.outcome = finding.outcome();
        this.hostingCountry = finding.hostingCountry().orElse(null);
        this.ageBand = finding.ageBand().orElse(null);
        this.selfGenerated = finding.selfGenerated().orElse(null);
        this.actions = finding.actions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.notes = finding.notes().orElse(null);
        this.assessedAt = Objects.requireNonNull(at);
        this.copiedFrom = copiedFrom.map(UUID::toString).orElse(null);
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public UUID reportId() {
        return UUID.fromString(reportId);
    }

    public UUID reportedUrlId() {
        return UUID.fromString(reportedUrlId);
    }

    public String analyst() {
        return analyst;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public Optional<UUID> copiedFrom() {
        return Optional.ofNullable(copiedFrom).map(UUID::fromString);
    }

    public Finding finding() {
        Set<Action> set = EnumSet.noneOf(Action.class);
        Arrays.stream(actions.split(",")).map(Action::valueOf).forEach(set::add);
        return new Finding(outcome, Optional.ofNullable(hostingCountry), Optional.ofNullable(ageBand),
                Optional.ofNullable(selfGenerated), set, Optional.ofNullable(notes));
    }
}
