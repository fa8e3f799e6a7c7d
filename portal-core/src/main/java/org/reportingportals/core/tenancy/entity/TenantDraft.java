package org.reportingportals.core.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reportingportals.core.platform.entity.UtcInstantConverter;

import java.time.Instant;
import java.util.Objects;

/** The configuration a partner is working on, not yet live: one per tenant, replaced on every save. */
@Entity
@Table(name = "tenant_drafts")
public class TenantDraft {

    @Id
    @Column(name = "tenant_code", length = 32)
    private String tenantCode;

    @Column(nullable = false, length = 262144)
    private String yaml;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 400)
    private String updatedBy;

    protected TenantDraft() {
    }

    public TenantDraft(String tenantCode, String yaml, String by, Instant at) {
        this.tenantCode = Objects.requireNonNull(tenantCode);
        edit(yaml, by, at);
    }

    public final void edit(String yaml, String by, Instant at) {
        this.yaml = Objects.requireNonNull(yaml);
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String yaml() {
        return yaml;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
