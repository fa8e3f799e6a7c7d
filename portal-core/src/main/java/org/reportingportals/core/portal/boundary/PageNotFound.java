package org.reportingportals.core.portal.boundary;

/** No page here: unknown tenant, unknown language, a draft portal. Rendered as a 404 page. */
public class PageNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageNotFound() {
        super(null, null, false, false);
    }
}
