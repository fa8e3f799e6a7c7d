package org.reportingportals.archfixture.core.alpha.boundary;

import org.reportingportals.archfixture.core.beta.boundary.BetaResource;

/** Planted: alpha -> beta, and {@link BetaResource} points back: a cycle between two components. */
public class AlphaResource {

    public int size(BetaResource beta) {
        return beta.hashCode();
    }
}
