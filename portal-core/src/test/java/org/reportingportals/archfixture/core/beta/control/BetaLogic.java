package org.reportingportals.archfixture.core.beta.control;

import jakarta.transaction.Transactional;

/** Planted: a transaction demarcated on a control method, not at the boundary. */
public class BetaLogic {

    @Transactional
    public void work() {
        // nothing: only the annotation matters
    }
}
