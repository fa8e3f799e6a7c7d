package org.reportingportals.tenant.directory.entity;

/** The partner organisation that runs a portal with the central hotline. */
public record Partner(LocalizedText name, String url) {
}
