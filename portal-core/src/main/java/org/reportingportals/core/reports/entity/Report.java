package org.reportingportals.core.reports.entity;

import org.reportingportals.core.platform.entity.UtcInstantConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A citizen's report: one or more URLs plus optional context, received through one tenant's portal.
 *
 * <p>Lifecycle: created complete and {@link ReportStatus#RECEIVED} by the intake; {@link #claimBy claimed}
 * by an analyst under a lease ({@code IN_ASSESSMENT}); {@link #releaseBy released} back to the queue, or
 * claimable again once the lease has expired; {@code ASSESSED} once every URL has an outcome. The reporter
 * never appears here: no IP address, no user agent, the received time only to the minute.
 */
@Entity
@Table(name = "reports")
@NamedQuery(name = Report.BY_REFERENCE, query = "SELECT r FROM Report r WHERE r.reference = :reference")
@NamedQuery(name = Report.BY_IDEMPOTENCY_KEY,
        query = "SELECT r FROM Report r WHERE r.tenantCode = :tenant AND r.idempotencyKeyHash = :keyHash")
@NamedQuery(name = Report.COUNT_BY_REFERENCE, query = "SELECT COUNT(r) FROM Report r WHERE r.reference = :reference")
public class Report {

    public static final String BY_REFERENCE = "Report.byReference";
    public static final String BY_IDEMPOTENCY_KEY = "Report.byIdempotencyKey";
    public static final String COUNT_BY_REFERENCE = "Report.countByReference";

    @Id
    private String id;

    @Column(nullable = false, unique = true, length = 48)
    private String reference;

    @Column(name = "tenant_code", nullable = false, length = 32)
    private String tenantCode;

    @Column(nullable = false, length = 35)
    private String locale;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_outcome", length = 30)
    private PublicStatus publicOutcome;

    @Column(name = "child_in_danger", nullable = false)
    private boolean childInDanger;

    /** Sent by the young person shown (the self-report path); such a report comes first within its priority. */
    @Column(name = "person_shown", nullable = false)
    private boolean personShown;

    /** The {@link AgeWhenMade} code the person shown gave, if any. */
    @Column(name = "age_when_made", length = 8)
    private String ageWhenMade;

    /** The person shown said someone threatens to share the content or asks for more (sextortion). */
    @Column(nullable = false)
    private boolean threatened;

    @Enumerated(EnumType.STRING)
    @Column(name = "where_found", length = 20)
    private WhereFound whereFound;

    @Column(name = "content_hints", nullable = false, length = 100)
    private String contentHints;

    @Column(length = 4000)
    private String description;

    @Column(name = "contact_ciphertext", length = 1000)
    private String contactCiphertext;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FeedbackPreference feedback;

    @Column(name = "receipt_hash", nullable = false, length = 200)
    private String receiptHash;

    @Column(name = "idempotency_key_hash", length = 64)
    private String idempotencyKeyHash;

    @Column(name = "request_fingerprint", length = 64)
    private String requestFingerprint;

    @Column(name = "claimed_by", length = 400)
    private String claimedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("urlIndex ASC")
    private List<ReportedUrl> urls = new ArrayList<>();

    protected Report() {
        // JPA
    }

    /**
     * A new report as the intake received it.
     *
     * @param contents   what the reporter sent, validated and normalised
     * @param receivedAt when it arrived; stored to the minute
     */
    public Report(UUID id, Reference reference, String tenantCode, String locale, Instant receivedAt,
                  ReportContents contents, String receiptHash, Optional<String> contactCiphertext,
                  Optional<IdempotencyRecord> idempotency) {
        Objects.requireNonNull(contents);
        if (contents.urls().isEmpty()) {
            throw new IllegalArgumentException("a report has at least one URL");
        }
        this.id = id.toString();
        this.reference = reference.value();
        this.tenantCode = Objects.requireNonNull(tenantCode);
        this.locale = Objects.requireNonNull(locale);
        this.receivedAt = receivedAt.truncatedTo(ChronoUnit.MINUTES);
        this.status = ReportStatus.RECEIVED;
        this.childInDanger = contents.childInDanger();
        this.personShown = contents.reporter() == Reporter.PERSON_SHOWN;
        this.ageWhenMade = contents.ageWhenMade().map(AgeWhenMade::code).orElse(null);
        this.threatened = contents.threatened();
        this.whereFound = contents.whereFound().orElse(null);
        this.contentHints = contents.contentHints().stream().map(ContentHint::code).sorted()
                .collect(Collectors.joining(","));
        this.description = contents.description().orElse(null);
        this.feedback = contents.feedback();
        this.receiptHash = Objects.requireNonNull(receiptHash);
        this.contactCiphertext = contactCiphertext.orElse(null);
        idempotency.ifPresent(record -> {
            this.idempotencyKeyHash = record.keyHash();
            this.requestFingerprint = record.fingerprint();
        });
        for (NormalisedUrl url : contents.urls()) {
            urls.add(new ReportedUrl(this, urls.size(), url));
        }
    }

    /**
     * Takes the report for assessment until {@code leaseUntil}. Allowed while it waits in the queue or when
     * an earlier lease has run out.
     */
    public void claimBy(String analyst, Instant now, Instant leaseUntil) {
        if (!isClaimable(now)) {
            throw new IllegalStateException("report " + id + " is not claimable");
        }
        if (!leaseUntil.isAfter(now)) {
            throw new IllegalArgumentException("a lease must end in the future");
        }
        this.status = ReportStatus.IN_ASSESSMENT;
        this.claimedBy = Objects.requireNonNull(analyst);
        this.leaseUntil = leaseUntil;
    }

    /** Extends a live lease; only its holder can, and only before it runs out. */
    public void renewBy(String analyst, Instant now, Instant leaseUntil) {
        if (!isLeasedTo(analyst, now)) {
            throw new IllegalStateException("report " + id + " is not leased to this analyst");
        }
        this.leaseUntil = leaseUntil;
    }

    /** Gives the report back to the queue; only its current holder can. */
    public void releaseBy(String analyst) {
        if (!isClaimedBy(analyst)) {
            throw new IllegalStateException("report " + id + " is not claimed by this analyst");
        }
        this.status = ReportStatus.RECEIVED;
        this.claimedBy = null;
        this.leaseUntil = null;
    }

    /**
     * Every URL has been assessed: the report leaves the queue, and the reporter may learn whether anything
     * was done (never what the content was).
     */
    public void completeAssessment(boolean actionTaken) {
        this.status = ReportStatus.ASSESSED;
        this.publicOutcome = actionTaken ? PublicStatus.ACTION_TAKEN : PublicStatus.NO_ACTION_POSSIBLE;
        this.claimedBy = null;
        this.leaseUntil = null;
    }

    /**
     * Deletes the reporter's address for good: the ciphertext goes, and with it any way to read it, and the
     * request fingerprint, which covered the address. A retry of the request after that is a conflict (422).
     */
    public void shredContact() {
        this.contactCiphertext = null;
        this.requestFingerprint = null;
    }

    /** True when an address is still on file (the address itself is never shown to anyone). */
    public boolean hasContact() {
        return contactCiphertext != null;
    }

    /** True while {@code analyst} holds a lease that has not run out. */
    public boolean isLeasedTo(String analyst, Instant now) {
        return isClaimedBy(analyst) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    public boolean isClaimable(Instant now) {
        return status == ReportStatus.RECEIVED
                || status == ReportStatus.IN_ASSESSMENT && leaseUntil != null && !leaseUntil.isAfter(now);
    }

    public boolean isClaimedBy(String analyst) {
        return status == ReportStatus.IN_ASSESSMENT && analyst.equals(claimedBy);
    }

    /** What the reporter may see about this report. */
    public PublicStatus publicStatus() {
        return switch (status) {
            case RECEIVED -> PublicStatus.RECEIVED;
            case IN_ASSESSMENT -> PublicStatus.IN_ASSESSMENT;
            case ASSESSED -> publicOutcome == null ? PublicStatus.NO_ACTION_POSSIBLE : publicOutcome;
        };
    }

    /** True when this report was created for the same idempotent request. */
    public boolean matchesFingerprint(String fingerprint) {
        return fingerprint.equals(requestFingerprint);
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public Reference reference() {
        return new Reference(reference);
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String locale() {
        return locale;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ReportStatus status() {
        return status;
    }

    public boolean childInDanger() {
        return childInDanger;
    }

    public Reporter reporter() {
        return personShown ? Reporter.PERSON_SHOWN : Reporter.BYSTANDER;
    }

    public Optional<AgeWhenMade> ageWhenMade() {
        return Optional.ofNullable(ageWhenMade).flatMap(AgeWhenMade::fromCode);
    }

    public boolean threatened() {
        return threatened;
    }

    public Optional<WhereFound> whereFound() {
        return Optional.ofNullable(whereFound);
    }

    public Set<ContentHint> contentHints() {
        EnumSet<ContentHint> hints = EnumSet.noneOf(ContentHint.class);
        if (!contentHints.isEmpty()) {
            Arrays.stream(contentHints.split(",")).map(ContentHint::fromCode).flatMap(Optional::stream)
                    .forEach(hints::add);
        }
        return hints;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public FeedbackPreference feedback() {
        return feedback;
    }

    public Optional<String> contactCiphertext() {
        return Optional.ofNullable(contactCiphertext);
    }

    public String receiptHash() {
        return receiptHash;
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<Instant> leaseUntil() {
        return Optional.ofNullable(leaseUntil);
    }

    public List<ReportedUrl> urls() {
        return List.copyOf(urls);
    }
}
