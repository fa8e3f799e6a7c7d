package org.reportingportals.core.reports.control;

import org.reportingportals.core.reports.entity.Reference;

import java.security.SecureRandom;

/** Draws new public references; uniqueness is the database's to guarantee (unique constraint, retry). */
public final class References {

    private final SecureRandom random;

    public References(SecureRandom random) {
        this.random = random;
    }

    public Reference next(String tenantPrefix) {
        StringBuilder value = new StringBuilder(tenantPrefix).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                value.append('-');
            }
            value.append(Reference.ALPHABET.charAt(random.nextInt(Reference.ALPHABET.length())));
        }
        return new Reference(value.toString());
    }
}
