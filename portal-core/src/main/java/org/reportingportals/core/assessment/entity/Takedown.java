package org.reportingportals.core.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.reportingportals.core.reports.entity.NormalisedUrl;
import org.reportingportals.core.reports.entity.ReportedUrl;
import org.reportingportals.core.platform.entity.UtcInstantConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A notice-and-takedown the hotline is pursuing for one page. Open from the assessment that asked for it
 * until an analyst confirms the page is gone.
 */
@Entity
@Table(name = "takedowns")
@NamedQuery(name = Takedown.OPEN, query = "SELECT t FROM Takedown t WHERE t.removedAt IS NULL ORDER BY t.openedAt, t.id")
@NamedQuery(name = Takedown.OPEN_FOR_PAGE,
        query = "SELECT t FROM Takedown t WHERE t.removedAt IS NULL AND t.normalisedHash = :hash")
public class Takedown {

    public static final String OPEN = "Takedown.open";
    public static final String OPEN_FOR_PAGE = "Takedown.openForPage";

    @Id
    private String id;

    @Column(name = "assessment_id", nullable = false, length = 36)
    private String assessmentId;

    @Column(name = "normalised_hash", nullable = false, length = 64)
    private String normalisedHash;

    @Column(name = "normalised_url", nullable = false, length = 4096)
    private String normalisedUrl;

    @Column(name = "host_ascii", nullable = false)
    private String hostAscii;

    @Column(name = "hosting_country", length = 2)
    private String hostingCountry;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 400)
    private String openedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by", length = 400)
    private String removedBy;

    protected Takedown() {
        // JPA
    }

    public Takedown(Assessment assessment, ReportedUrl url) {
        NormalisedUrl page = url.url();
        this.id = UUID.randomUUID().toString();
        this.assessmentId = assessment.id().toString();
        this.normalisedHash = url.normalisedHash();
        this.normalisedUrl = page.normalised();
        this.hostAscii = page.hostAscii();
        this.hostingCountry = assessment.finding().hostingCountry().orElse(null);
        this.openedAt = assessment.assessedAt();
        this.openedBy = assessment.analyst();
    }

    /** The page is gone: the takedown is closed, with who confirmed it and when. */
    public void confirmRemovedBy(String analyst, Instant at) {
        if (removedAt != null) {
            throw new IllegalStateException("takedown " + id + " is already closed");
        }
        this.removedAt = Objects.requireNonNull(at);
        this.removedBy = Objects.requireNonNull(analyst);
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public UUID assessmentId() {
        return UUID.fromString(assessmentId);
    }

    public String normalisedUrl() {
        return normalisedUrl;
    }

    public String hostAscii() {
        return hostAscii;
    }

    public Optional<String> hostingCountry() {
        return Optional.ofNullable(hostingCountry);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Optional<Instant> removedAt() {
        return Optional.ofNullable(removedAt);
    }

    public Optional<String> removedBy() {
        return Optional.ofNullable(removedBy);
    }
}
