package org.reportingportals.archfixture.core.beta.boundary;

import org.reportingportals.archfixture.core.alpha.boundary.AlphaResource;

/** Planted: beta -> alpha, closing the cycle. */
public class BetaResource {

    public int size(AlphaResource alpha) {
        return alpha.hashCode();
    }
}
