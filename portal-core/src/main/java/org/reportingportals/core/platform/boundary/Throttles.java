package org.reportingportals.core.platform.boundary;

import org.reportingportals.core.platform.entity.RateLimitSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.reportingportals.core.platform.control.ClientAddresses;
import org.reportingportals.core.platform.control.Throttle;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The public intake's limits per client: reports and status checks. The client's address is read here,
 * hashed with a rotating in-memory key by {@link Throttle} and then forgotten: never stored, never logged.
 */
@ApplicationScoped
public class Throttles {

    /** The counting window of both limits; also what a refused client is told to wait (Retry-After). */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    RateLimitSettings limits;

    @Inject
    ClientAddresses addresses;

    @Inject
    Clock clock;

    private Throttle reports;
    private Throttle statusChecks;

    @PostConstruct
    void init() {
        SecureRandom random = new SecureRandom();
        reports = new Throttle(random, clock, limits.reportsPerWindow(), WINDOW);
        statusChecks = new Throttle(random, clock, limits.statusChecksPerWindow(), WINDOW);
    }

    public boolean allowReport(HttpServletRequest request) {
        return reports.tryAcquire(client(request));
    }

    public boolean allowStatusCheck(HttpServletRequest request) {
        return statusChecks.tryAcquire(client(request));
    }

    private String client(HttpServletRequest request) {
        // hashed at once by Throttle; never kept
        return addresses.client(request.getRemoteAddr(), java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}
