package org.reportingportals.archfixture.core.alpha.entity;

/** A harmless value object (the target of the ground's planted dependency). */
public record AlphaValue(String text) {
}
