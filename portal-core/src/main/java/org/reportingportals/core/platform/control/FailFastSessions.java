package org.reportingportals.core.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a broken connection, by default three times, five seconds apart: with
 * the database down, every request would then hold its thread for fifteen seconds before its 503. One retry, at
 * once, still replaces a pooled connection that died with a restarted database; an outage is answered within
 * milliseconds and the client retries after {@code Retry-After}.
 */
public class FailFastSessions implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
