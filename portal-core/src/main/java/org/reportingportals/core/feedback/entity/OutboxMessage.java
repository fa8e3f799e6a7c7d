package org.reportingportals.core.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reportingportals.core.reports.entity.PublicStatus;
import org.reportingportals.core.platform.entity.UtcInstantConverter;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One feedback email waiting to be sent, with its delivery attempts. Every attempt starts with a claim, committed
 * before the SMTP exchange: it counts the attempt and moves the next attempt to the claim's lease end, so a sender
 * that dies mid-send leaves the message due again when the lease lapses. The result ({@link #sent}, {@link
 * #failed}) is recorded afterwards in a transaction of its own, and ends the claim.
 */
@Entity
@Table(name = "feedback_outbox")
public class OutboxMessage {

    @Id
    private String id;

    @Column(name = "report_id", nullable = false, length = 36)
    private String reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_status", nullable = false, length = 30)
    private PublicStatus publicStatus;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "given_up_at")
    private Instant givenUpAt;

    @Column(name = "last_failure", length = 100)
    private String lastFailure;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected OutboxMessage() {
        // JPA
    }

    public OutboxMessage(UUID reportId, PublicStatus status, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.reportId = reportId.toString();
        this.publicStatus = Objects.requireNonNull(status);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Starts an attempt: counts it and makes the message not due before {@code leaseUntil}, when a sender that
     * never reported back is presumed dead and the message is due again.
     *
     * @return the claim's token, which the result must name
     */
    public String claim(Instant now, Instant leaseUntil) {
        if (sentAt != null || givenUpAt != null) {
            throw new IllegalStateException("outbox message " + id + " is settled");
        }
        this.attempts++;
        this.claimToken = UUID.randomUUID().toString();
        this.claimedAt = now;
        this.nextAttemptAt = leaseUntil;
        return claimToken;
    }

    /** True while {@code token} is the latest claim and no result has ended it. */
    public boolean isClaimedWith(String token) {
        return claimToken != null && claimToken.equals(token);
    }

    /** The message went out (under any claim, even one whose lease lapsed: it was sent all the same). */
    public void sent(Instant now) {
        this.sentAt = now;
        endClaim();
    }

    /**
     * The claimed attempt failed (its claim already counted it): the next one waits twice as long as the last
     * (base, 2 base, 4 base, ...), capped at six hours; after {@code maxAttempts} the outbox gives up.
     *
     * @return true when this was the last attempt
     */
    public boolean failed(Instant now, String failureKind, Duration base, int maxAttempts) {
        endClaim();
        this.lastFailure = failureKind.length() > 100 ? failureKind.substring(0, 100) : failureKind;
        if (attempts >= maxAttempts) {
            this.givenUpAt = now;
            return true;
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = base.multipliedBy(factor);
        this.nextAttemptAt = now.plus(wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait);
        return false;
    }

    private void endClaim() {
        this.claimToken = null;
        this.claimedAt = null;
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public UUID reportId() {
        return UUID.fromString(reportId);
    }

    public PublicStatus publicStatus() {
        return publicStatus;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** When the current claim was made; empty when no attempt is under way. */
    public Optional<Instant> claimedAt() {
        return Optional.ofNullable(claimedAt);
    }

    /** When the outbox stopped trying; a message given up is never attempted again. */
    public Optional<Instant> givenUpAt() {
        return Optional.ofNullable(givenUpAt);
    }

    /** The kind of the last failure (never its message, which can carry the address), at most 100 characters. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
