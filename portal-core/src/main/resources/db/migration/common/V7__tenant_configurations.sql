-- Partner self-service: a tenant's configuration is its YAML file (the shape of tenant-config's seed files).
-- A draft is edited and previewed; publishing copies it into an immutable, numbered version; the highest
-- version is live (version 0 is the seed file shipped with the platform and is not stored).
CREATE TABLE tenant_drafts (
    tenant_code VARCHAR(32)     NOT NULL PRIMARY KEY,
    yaml        VARCHAR(262144) NOT NULL,
    updated_at  TIMESTAMP       NOT NULL,
    updated_by  VARCHAR(400)    NOT NULL
);

CREATE TABLE tenant_versions (
    id           VARCHAR(36)     NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(32)     NOT NULL,
    version      INTEGER         NOT NULL,
    yaml         VARCHAR(262144) NOT NULL,
    published_at TIMESTAMP       NOT NULL,
    published_by VARCHAR(400)    NOT NULL,
    note         VARCHAR(200)    NOT NULL,
    CONSTRAINT uq_tenant_versions UNIQUE (tenant_code, version)
);
