package org.reportingportals.tenant.directory.entity;

import java.util.Optional;

/**
 * A local number a citizen can call: a child helpline, or an emergency number.
 *
 * @param number as dialled locally, digits and spaces
 * @param hours  when it answers, per language, if the partner says
 */
public record Helpline(LocalizedText name, String number, Optional<LocalizedText> hours) {

    /** The number without spaces, for a {@code tel:} link. */
    public String dialable() {
        return number.replaceAll("[^0-9+]", "");
    }
}
