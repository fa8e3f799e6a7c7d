package org.reportingportals.ops.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two kinds of traffic every profile sends, one request per virtual user: a citizen's report of one URL
 * through the public API, and a page load of one of the public pages. Everything is read from system properties
 * that {@code ops/bench/load.sh} passes, so the simulations hold only their load shape.
 *
 * <p>Reporter data is synthetic and says so: every reported URL is under {@code https://example.org/load-test/}.
 * No cookie jar survives a user (each user is one arrival), and connections are shared between users, so the
 * profiles measure the platform's answers rather than this machine's TCP handshakes.
 */
final class Traffic {

    static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8197");
    static final String TENANT = System.getProperty("load.tenant", "ug");
    static final String LOCALE = System.getProperty("load.locale", "en");

    /** The public pages compare.sh measures: home, about, privacy, the status form and the report form. */
    static final List<String> PAGES = List.of("", "about", "privacy", "status", "report");

    private Traffic() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE)
                .acceptLanguageHeader(LOCALE)
                .acceptHeader("text/html,application/json")
                .shareConnections()
                // Gatling's warm-up would call gatling.io: nothing leaves this machine
                .disableWarmUp();
    }

    /** POST one report; a 201 is an acknowledgement, and its reference is kept to be looked up afterwards. */
    static ChainBuilder report() {
        return exec(http("report").post("/api/v1/portals/" + TENANT + "/reports")
                .header("Content-Type", "application/json")
                .body(StringBody(session -> reportBody()))
                .check(status().is(201), jsonPath("$.reference").saveAs("reference")))
                .exec(session -> {
                    if (!session.isFailed() && session.contains("reference")) {
                        Acknowledgements.add(session.getString("reference"));
                    }
                    return session;
                });
    }

    /** GET one public page, the pages taking turns. */
    static ChainBuilder page() {
        List<Map<String, Object>> paths = PAGES.stream()
                .map(page -> Map.<String, Object>of("path", "/" + TENANT + "/" + LOCALE + "/" + page))
                .toList();
        return feed(listFeeder(paths).circular())
                .exec(http("page #{path}").get("#{path}").check(status().is(200)));
    }

    private static String reportBody() {
        // a new URL each time, as a flood of distinct reports would be; the JSON needs no escaping
        return "{\"urls\":[\"https://example.org/load-test/" + UUID.randomUUID()
                + "\"],\"whereFound\":\"website\",\"feedback\":\"receipt\"}";
    }
}
