package org.reportingportals.core.platform.boundary;

import jakarta.security.enterprise.CallerPrincipal;
import org.reportingportals.core.platform.entity.StaffPass;

/** The caller of a staff page signed on in the browser: the name the provider gave, and the whole pass behind it. */
public final class StaffPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final transient StaffPass pass;

    StaffPrincipal(StaffPass pass) {
        super(pass.username());
        this.pass = pass;
    }

    public StaffPass pass() {
        return pass;
    }
}
