package org.reportingportals.ops.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Spike: a campaign sends one country's citizens to its portal at once. After {@code load.warmupSeconds} (20) at
 * an ordinary rate (2 reports and 20 page loads per second), {@code load.reportsPerSec} (50) reports to the one
 * tenant and {@code load.pagesPerSec} (500) page loads per second arrive for {@code load.seconds} (60).
 *
 * <p>The spike's requests are in the group "spike", so the assertion p99 &lt; 2 s is about the spike alone and
 * not diluted by the calm before. load.sh then looks up every acknowledged reference in PostgreSQL.
 */
public class SpikeSimulation extends Simulation {

    private static final double REPORTS = Double.parseDouble(System.getProperty("load.reportsPerSec", "50"));
    private static final double PAGES = Double.parseDouble(System.getProperty("load.pagesPerSec", "500"));
    private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("load.warmupSeconds", 20));

    {
        setUp(
                arrivals("calm reports", Traffic.report(), 2, Duration.ZERO, WARMUP),
                arrivals("calm pages", Traffic.page(), 20, Duration.ZERO, WARMUP),
                arrivals("spike reports", group("spike").on(Traffic.report()), REPORTS, WARMUP, LENGTH),
                arrivals("spike pages", group("spike").on(Traffic.page()), PAGES, WARMUP, LENGTH))
                .protocols(Traffic.protocol())
                .assertions(
                        details("spike").responseTime().percentile(99.0).lt(2000),
                        global().failedRequests().count().is(0L));
    }

    private static PopulationBuilder arrivals(String name, ChainBuilder chain, double perSecond,
                                              Duration after, Duration length) {
        return scenario(name).exec(chain)
                .injectOpen(nothingFor(after), constantUsersPerSec(perSecond).during(length).randomized());
    }

    @Override
    public void after() {
        Acknowledgements.write();
    }
}
