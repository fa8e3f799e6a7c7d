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
 * A second look at an assessment: asked for by an analyst (second opinion) or on behalf of a reporter or a
 * host (appeal), decided by a senior analyst who did not make the first decision. Confirming leaves the
 * outcome as it was; changing records the new outcome here, beside the untouched original.
 */
@Entity
@Table(name = "reviews")
@NamedQuery(name = Review.OPEN, query = "SELECT r FROM Review r WHERE r.decision IS NULL ORDER BY r.requestedAt, r.id")
@NamedQuery(name = Review.OPEN_FOR, query = "SELECT r FROM Review r WHERE r.decision IS NULL AND r.assessmentId = :assessment")
@NamedQuery(name = Review.CHANGES_FOR,
        query = "SELECT r FROM Review r WHERE r.decision = :changed AND r.assessmentId IN :assessments ORDER BY r.reviewedAt")
public class Review {

    public static final String OPEN = "Review.open";
    public static final String OPEN_FOR = "Review.openFor";
    public static final String CHANGES_FOR = "Review.changesFor";

    public enum Kind { SECOND_OPINION, APPEAL }

    public enum Appellant { REPORTER, HOST }

    public enum Decision { CONFIRMED, CHANGED }

    @Id
    private String id;

    @Column(name = "assessment_id", nullable = false, length = 36)
    private String assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Appellant appellant;

    @Column(length = 2000)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 400)
    private String requestedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(length = 400)
    private String reviewer;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_outcome", length = 30)
    private Outcome newOutcome;

    @Column(name = "new_actions", length = 200)
    private String newActions;

    @Column(length = 4000)
    private String notes;

    protected Review() {
        // JPA
    }

    public Review(UUID assessmentId, Kind kind, Optional<Appellant> appellant, Optional<String> reason, String requestedBy,
                  Instant at) {
        if (kind == Kind.APPEAL && appellant.isEmpty()) {
            throw new IllegalArgumentException("an appeal names who appeals");
        }
        this.id = UUID.randomUUID().toString();
        this.assessmentId = assessmentId.toString();
        this.kind = Objects.requireNonNull(kind);
        this.appellant = appellant.orElse(null);
        this.reason = reason.orElse(null);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(at);
    }

    /** The reviewer's decision: the same outcome, or a changed one (kept here; the original stays as it was). */
    public void decide(String senior, Instant at, Optional<Finding> changed, Optional<String> reviewNotes) {
        if (decision != null) {
            throw new IllegalStateException("review " + id + " is already decided");
        }
        this.reviewer = Objects.requireNonNull(senior);
        this.reviewedAt = Objects.requireNonNull(at);
        this.decision = changed.isPresent() ? Decision.CHANGED : Decision.CONFIRMED;
        changed.ifPresent(f -> {
            this.newOutcome = f.outcome();
            this.newActions = f.actions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        });
        this.notes = reviewNotes.orElse(null);
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public UUID assessmentId() {
        return UUID.fromString(assessmentId);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Appellant> appellant() {
        return Optional.ofNullable(appellant);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<Outcome> newOutcome() {
        return Optional.ofNullable(newOutcome);
    }

    /** The actions the change decided on, when the outcome was changed. */
    public Set<Action> newActions() {
        Set<Action> set = EnumSet.noneOf(Action.class);
        if (newActions != null) {
            Arrays.stream(newActions.split(",")).map(Action::valueOf).forEach(set::add);
        }
        return set;
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }
}
