package org.reportingportals.ops.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopInjectorIf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Breakpoint: the arrival rate climbs in steps until p99 passes {@code load.limitMs} (2,000 ms). The mix is the
 * soak's and the spike's, one report for every ten page loads; {@code load.startRate} (110) and
 * {@code load.stepRate} (110) are arrivals per second of both together, {@code load.levels} (12) steps of
 * {@code load.levelSeconds} (20) each. The run stops after the first level over the limit (see {@link Levels});
 * the level table and the knee are written to {@code load.levels.file}.
 */
public class BreakpointSimulation extends Simulation {

    private static final double START = Double.parseDouble(System.getProperty("load.startRate", "110"));
    private static final double STEP = Double.parseDouble(System.getProperty("load.stepRate", "110"));
    private static final int COUNT = Integer.getInteger("load.levels", 12);
    private static final long LEVEL_SECONDS = Long.getLong("load.levelSeconds", 20);
    private static final long LIMIT_MS = Long.getLong("load.limitMs", 2000);
    private static final double REPORT_SHARE = 1 / 11.0;

    private static final Levels LEVELS = new Levels(START, STEP, COUNT, LEVEL_SECONDS * 1000,
            Math.min(3000, LEVEL_SECONDS * 250), LIMIT_MS);

    {
        setUp(
                scenario("reports").exec(timed(Traffic.report(), Levels.Kind.REPORT))
                        .injectOpen(stairs(REPORT_SHARE)),
                scenario("pages").exec(timed(Traffic.page(), Levels.Kind.PAGE))
                        .injectOpen(stairs(1 - REPORT_SHARE)))
                .protocols(Traffic.protocol());
    }

    private static OpenInjectionStep.Stairs.Composite stairs(double share) {
        return incrementUsersPerSec(STEP * share).times(COUNT).eachLevelLasting(Duration.ofSeconds(LEVEL_SECONDS))
                .startingFrom(START * share);
    }

    private static ChainBuilder timed(ChainBuilder request, Levels.Kind kind) {
        return exec(session -> session.set("sentAt", LEVELS.sent()))
                .exec(request)
                .exec(session -> {
                    LEVELS.answered(session.getLong("sentAt"), kind, !session.isFailed());
                    return session;
                })
                .exec(stopInjectorIf("p99 passed " + LIMIT_MS + " ms", session -> LEVELS.passed()));
    }

    @Override
    public void after() {
        String table = LEVELS.table();
        System.out.print(table);
        String file = System.getProperty("load.levels.file");
        if (file != null) {
            LEVELS.write(file);
        }
        Acknowledgements.write();
    }
}
