package org.reportingportals.core.portal.entity;

import java.util.Optional;

/** A helpline or emergency number as a page shows it, already in the page's language. */
public record Number(String name, String number, String dialable, Optional<String> hours) {
}
