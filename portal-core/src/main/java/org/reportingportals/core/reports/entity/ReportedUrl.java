package org.reportingportals.core.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One URL of a report. The normalised form is what dedup compares (through its SHA-256, which indexes on
 * any database whatever the URL's length); the raw form is what the reporter typed.
 */
@Entity
@Table(name = "reported_urls")
@jakarta.persistence.NamedQuery(name = ReportedUrl.SAME_PAGE,
        query = "SELECT u FROM ReportedUrl u WHERE u.normalisedHash = :hash AND u.report.id <> :report")
@jakarta.persistence.NamedQuery(name = ReportedUrl.SAME_HOST,
        query = "SELECT u FROM ReportedUrl u WHERE u.hostAscii = :host AND u.normalisedHash <> :hash")
public class ReportedUrl {

    public static final String SAME_PAGE = "ReportedUrl.samePage";
    public static final String SAME_HOST = "ReportedUrl.sameHost";

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "url_index", nullable = false)
    private int urlIndex;

    @Column(name = "raw_url", nullable = false, length = 2048)
    private String raw;

    @Column(name = "normalised_url", nullable = false, length = 4096)
    private String normalised;

    @Column(name = "normalised_hash", nullable = false, length = 64)
    private String normalisedHash;

    @Column(name = "host_ascii", nullable = false)
    private String hostAscii;

    @Column(name = "host_unicode", nullable = false, length = 1024)
    private String hostUnicode;

    @Column(name = "has_userinfo", nullable = false)
    private boolean hadUserinfo;

    @Column(name = "host_is_ip", nullable = false)
    private boolean hostIsIp;

    protected ReportedUrl() {
        // JPA
    }

    ReportedUrl(Report report, int index, NormalisedUrl url) {
        this.id = UUID.randomUUID().toString();
        this.report = Objects.requireNonNull(report);
        this.urlIndex = index;
        this.raw = url.raw();
        this.normalised = url.normalised();
        this.normalisedHash = hashOf(url.normalised());
        this.hostAscii = url.hostAscii();
        this.hostUnicode = url.hostUnicode();
        this.hadUserinfo = url.hadUserinfo();
        this.hostIsIp = url.hostIsIp();
    }

    /** The dedup key of a normalised URL. */
    public static String hashOf(String normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID id() {
        return UUID.fromString(id);
    }

    public UUID reportId() {
        return report.id();
    }

    public int index() {
        return urlIndex;
    }

    public NormalisedUrl url() {
        return new NormalisedUrl(raw, normalised, hostAscii, hostUnicode, hadUserinfo, hostIsIp);
    }

    public String normalisedHash() {
        return normalisedHash;
    }
}
