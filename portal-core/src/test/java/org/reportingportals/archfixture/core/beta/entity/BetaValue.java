package org.reportingportals.archfixture.core.beta.entity;

import org.reportingportals.archfixture.core.beta.control.BetaLogic;

/** Planted: an entity that knows a control. */
public class BetaValue {

    public void touch(BetaLogic logic) {
        logic.work();
    }
}
