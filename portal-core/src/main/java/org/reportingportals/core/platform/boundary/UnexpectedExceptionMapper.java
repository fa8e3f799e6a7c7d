package org.reportingportals.core.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.reportingportals.core.platform.control.Contention;
import org.reportingportals.core.platform.control.DatabaseOutages;
import org.reportingportals.core.platform.entity.ProblemType;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Faults: a database out of reach is a 503 with {@code Retry-After}; anything else is logged with an incident id and the stack frames but without exception messages, which can carry
 * SQL values and so report content; the client gets the incident id and nothing else.
 */
@Provider
@ApiResource
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable fault) {
        if (Contention.lostRace(fault)) {
            // a write raced another and the database refused it (deadlock, lock timeout, key taken at commit):
            // the client's request was fine and nothing was written, so it is a conflict to retry, not a fault
            return problems.render(ProblemType.CONCURRENT_CHANGE, headers);
        }
        if (DatabaseOutages.isOutage(fault)) {
            // the database is out of reach: nothing was committed, and the client may retry once it is back
            LOG.warning(() -> "database unavailable: " + causes(fault));
            return Response.fromResponse(problems.render(ProblemType.UNAVAILABLE, headers))
                    .header("Retry-After", DatabaseOutages.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        if (LOG.isLoggable(Level.SEVERE)) {
            LOG.severe("incident " + incident + ": " + describeWithoutMessages(fault));
        }
        return Response.fromResponse(problems.render(ProblemType.SERVER_ERROR, headers))
                .header("X-Incident-Id", incident)
                .build();
    }

    /** The chain of exception types, without messages (which can carry SQL values). */
    public static String causes(Throwable fault) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = fault; t != null && depth < 8; t = t.getCause(), depth++) {
            out.append(depth == 0 ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return out.toString();
    }

    public static String describeWithoutMessages(Throwable fault) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = fault; t != null && depth < 8; t = t.getCause(), depth++) {
            out.append(depth == 0 ? "" : "\n caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                out.append("\n    at ").append(frames[i]);
            }
        }
        return out.toString();
    }
}
