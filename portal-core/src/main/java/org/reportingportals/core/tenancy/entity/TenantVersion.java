package org.reportingportals.core.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.reportingportals.core.platform.entity.UtcInstantConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A published configuration of a tenant: immutable once written; the highest version is live. */
@Entity
@Table(name = "tenant_versions")
@NamedQuery(name = TenantVersion.OF_TENANT,
        query = "SELECT v FROM TenantVersion v WHERE v.tenantCode = :tenant ORDER BY v.version DESC")
@NamedQuery(name = TenantVersion.LATEST,
        query = "SELECT v FROM TenantVersion v WHERE v.version = (SELECT MAX(w.version) FROM TenantVersion w "
                + "WHERE w.tenantCode = v.tenantCode)")
public class TenantVersion {

    public static final String OF_TENANT = "TenantVersion.ofTenant";
    public static final String LATEST = "TenantVersion.latest";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_code", nullable = false, length = 32)
    private String tenantCode;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 262144)
    private String yaml;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 400)
    private String publishedBy;

    @Column(nullable = false, length = 200)
    private String note;

    protected TenantVersion() {
    }

    public TenantVersion(String tenantCode, int version, String yaml, String by, Instant at, String note) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = Objects.requireNonNull(tenantCode);
        this.version = version;
        this.yaml = Objects.requireNonNull(yaml);
        this.publishedBy = Objects.requireNonNull(by);
        this.publishedAt = Objects.requireNonNull(at);
        this.note = note.length() > 200 ? note.substring(0, 200) : note;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public int version() {
        return version;
    }

    public String yaml() {
        return yaml;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String note() {
        return note;
    }
}
