package org.reportingportals.core.portal.boundary;

/** A citizen's form posted from another website, as the browser tells it. Rendered as a 403 page. */
public class CrossSiteForm extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CrossSiteForm() {
        super(null, null, false, false);
    }
}
