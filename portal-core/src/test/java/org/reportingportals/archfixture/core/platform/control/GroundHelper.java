package org.reportingportals.archfixture.core.platform.control;

import org.reportingportals.archfixture.core.alpha.entity.AlphaValue;

/** Planted: the ground reaching up into a feature. */
public class GroundHelper {

    public String describe(AlphaValue value) {
        return value.toString();
    }
}
