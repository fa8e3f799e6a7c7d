-- Which root (English) wording a partner translated from, per key: when the root text changes later, the
-- translation is stale. Only translations made in the editor are tracked.
CREATE TABLE translation_sources (
    tenant_code VARCHAR(32)  NOT NULL,
    locale      VARCHAR(35)  NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    root_hash   CHAR(64)     NOT NULL,
    CONSTRAINT pk_translation_sources PRIMARY KEY (tenant_code, locale, message_key)
);
