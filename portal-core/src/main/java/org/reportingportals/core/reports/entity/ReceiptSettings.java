package org.reportingportals.core.reports.entity;

import org.reportingportals.core.platform.entity.SettingsGroup;

/**
 * Receipts ({@code portal.receipt.hash-iterations}): the PBKDF2 work factor of stored receipt hashes.
 */
public record ReceiptSettings(int hashIterations) implements SettingsGroup {
}
