package org.reportingportals.core.platform.boundary;

import org.reportingportals.core.platform.entity.RateLimitSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import org.reportingportals.core.platform.control.ClientAddresses;
import org.reportingportals.core.platform.control.Secrets;
import org.reportingportals.core.platform.control.Throttle;
import org.reportingportals.core.platform.control.ThrottleCounts;

import java.time.Clock;
import java.time.Duration;

/**
 * The public intake's limits per client: reports and status checks, counted once for all instances in the
 * database ({@link ThrottleCounts}). The client's address is read here, hashed by {@link Throttle} under an hourly
 * key derived from the master secret and then forgotten: never stored, never logged. The checks run outside any
 * transaction, before the request's own.
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

    @Inject
    Secrets secrets;

    @Inject
    ThrottleCounts counts;

    private Throttle reports;
    private Throttle statusChecks;

    @PostConstruct
    void init() {
        reports = new Throttle("report", limits.reportsPerWindow(), WINDOW, secrets, clock);
        statusChecks = new Throttle("status-check", limits.statusChecksPerWindow(), WINDOW, secrets, clock);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean allowReport(HttpServletRequest request) {
        return counts.tryAcquire(reports, client(request));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean allowStatusCheck(HttpServletRequest request) {
        return counts.tryAcquire(statusChecks, client(request));
    }

    private String client(HttpServletRequest request) {
        // hashed at once by Throttle; never kept
        return addresses.client(request.getRemoteAddr(), java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}
