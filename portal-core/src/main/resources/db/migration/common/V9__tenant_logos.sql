-- Logos partners upload (checked PNG or SVG, at most 256 KB), by content-derived name; the tenant's file
-- names one in theme.logo. Base64 text keeps the column portable between H2 and PostgreSQL.
CREATE TABLE tenant_logos (
    name           VARCHAR(64)     NOT NULL PRIMARY KEY,
    tenant_code    VARCHAR(32)     NOT NULL,
    content_type   VARCHAR(40)     NOT NULL,
    content_base64 VARCHAR(360000) NOT NULL,
    uploaded_at    TIMESTAMP       NOT NULL,
    uploaded_by    VARCHAR(400)    NOT NULL
);
