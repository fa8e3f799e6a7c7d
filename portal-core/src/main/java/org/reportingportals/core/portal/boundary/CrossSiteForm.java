package org.reportingportals.core.portal.boundary;

import jakarta.mvc.security.CsrfValidationException;

/**
 * A citizen's form posted from another website, as the browser tells it: a CSRF failure found before the
 * token is read, rendered as a 403 page of its own.
 */
public class CrossSiteForm extends CsrfValidationException {

    private static final long serialVersionUID = 1L;

    public CrossSiteForm() {
        super("the browser says another website sent this form");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a client's request, not a fault
    }
}
