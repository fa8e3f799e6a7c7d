package org.reportingportals.core.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The page of every error the web container answers itself (web.xml's default {@code error-page}): a status a
 * JAX-RS application sent without a body (405 from Jersey, 404 of {@code /WEB-INF/...}), or an exception that
 * escaped a filter. Without it Payara writes its own "Error report" page, which names the server, and writes it
 * without passing our filters. As an error dispatch it passes {@link SecurityHeaders}; it says the status and, for
 * an exception, an incident id that its log line carries too (types and frames, as the mappers log), never the
 * exception's message.
 */
public class ContainerErrors extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer given && given >= 400 ? given : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(code);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable fault) {
            // a fault outside JAX-RS (a filter): the same incident treatment as the mappers give, types and frames only
            String incident = UUID.randomUUID().toString();
            LOG.severe(() -> "incident " + incident + ": " + UnexpectedExceptionMapper.describeWithoutMessages(fault));
            response.setHeader("X-Incident-Id", incident);
            response.getWriter().write(code + "\nincident " + incident + "\n");
            return;
        }
        response.getWriter().write(code + "\n");
    }
}
