package org.reportingportals.core.portal.boundary;

/**
 * A form post refused before anything read it ({@link FormRequests}): rendered by {@link PageErrors.FormRefusals}
 * as a message page with this status, in the page's language. Carries no part of the input.
 */
public class FormRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageId;

    FormRefused(int status, String messageId) {
        super(messageId, null, false, false); // a client's request, not a fault: no stack
        this.status = status;
        this.messageId = messageId;
    }

    public int status() {
        return status;
    }

    /** The id under {@code portal.error.} of the page's title and body. */
    public String messageId() {
        return messageId;
    }
}
