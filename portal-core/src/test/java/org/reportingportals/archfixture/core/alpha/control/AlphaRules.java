package org.reportingportals.archfixture.core.alpha.control;

import org.reportingportals.archfixture.core.alpha.boundary.AlphaResource;

/** Planted: a control that calls its boundary. */
public class AlphaRules {

    public AlphaResource resource() {
        return new AlphaResource();
    }
}
