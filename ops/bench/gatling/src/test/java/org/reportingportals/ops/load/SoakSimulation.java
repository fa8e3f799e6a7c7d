package org.reportingportals.ops.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Soak: an ordinary day for a long time. {@code load.reportsPerSec} (2) reports and {@code load.pagesPerSec} (20)
 * page loads per second, Poisson arrivals, for {@code load.minutes} (10). Must end without one failed request;
 * load.sh samples the platform's memory meanwhile to show it stays flat.
 */
public class SoakSimulation extends Simulation {

    private static final double REPORTS = Double.parseDouble(System.getProperty("load.reportsPerSec", "2"));
    private static final double PAGES = Double.parseDouble(System.getProperty("load.pagesPerSec", "20"));
    private static final Duration LENGTH = Duration.ofSeconds(
            Math.round(60 * Double.parseDouble(System.getProperty("load.minutes", "10"))));

    {
        setUp(
                scenario("reports").exec(Traffic.report())
                        .injectOpen(constantUsersPerSec(REPORTS).during(LENGTH).randomized()),
                scenario("pages").exec(Traffic.page())
                        .injectOpen(constantUsersPerSec(PAGES).during(LENGTH).randomized()))
                .protocols(Traffic.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Acknowledgements.write();
    }
}
