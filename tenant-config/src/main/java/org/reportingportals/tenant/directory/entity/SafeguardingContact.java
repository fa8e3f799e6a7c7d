package org.reportingportals.tenant.directory.entity;

import java.util.Optional;

/** Where analysts refer a case when a child may be in danger in this country (shown to analysts only). */
public record SafeguardingContact(String organisation, Optional<String> email, Optional<String> phone) {
}
