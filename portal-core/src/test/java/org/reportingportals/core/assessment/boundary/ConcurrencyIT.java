package org.reportingportals.core.assessment.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingportals.core.testing.Api;
import org.reportingportals.core.testing.Deployments;
import org.reportingportals.core.testing.Eventually;
import org.reportingportals.core.testing.TestTokens;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue and the assessments when analysts act at the same moment, on a real Payara Micro and database. Races
 * are started together from a latch and run for many rounds, so that a missing lock shows as a failure here
 * rather than as a second feedback mail in production. Nothing here measures time: short leases only make the
 * waits short.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final String CLAIMS = "api/v1/queue/claims";
    private static final int ROUNDS = 20;
    private static final String ACTS_ON_IT = "{\"outcome\":\"criminal-b\",\"actions\":[\"notice-and-takedown\"],"
            + "\"applyToDuplicates\":true}";

    @ArquillianResource
    URL base;

    private Api api;
    private final String alice = Api.bearer(TestTokens.analyst("alice"));
    private final String bob = Api.bearer(TestTokens.analyst("bob"));
    private final String senior = Api.bearer(TestTokens.withRoles("senior", List.of("senior-analyst", "analyst")));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
        api.drainQueue();
    }

    @Test
    void anAssessmentIsRefusedOnceTheLeaseHasPassedToAnotherAnalyst() {
        JsonObject ack = api.submit("ug", "http://lease-lost.example/" + UUID.randomUUID());
        JsonObject alices = claim(alice, "?leaseSeconds=1");
        assertEquals(ack.getString("reference"), alices.getString("reference"));
        String reportId = alices.getString("id");
        String urlId = alices.getJsonArray("urls").getJsonObject(0).getString("id");

        Api.Reply[] bobs = new Api.Reply[1];
        Eventually.until(Duration.ofSeconds(60),
                () -> (bobs[0] = api.post(CLAIMS + "?leaseSeconds=600", "", "Authorization", bob)).status() == 201,
                "bob can claim the report once alice's lease has run out");
        assertEquals(reportId, bobs[0].json().getString("id"));

        Api.Reply late = assess(alice, reportId, urlId, ACTS_ON_IT);
        assertEquals(409, late.status(), late.body());
        assertEquals("urn:reportingportals:problem:not-claim-holder", late.json().getString("type"));
        Api.Reply holder = assess(bob, reportId, urlId, ACTS_ON_IT);
        assertEquals(201, holder.status(), holder.body());
        assertEquals(List.of("url.assess"), audited(reportId).stream().filter(a -> a.equals("url.assess")).toList(),
                "only bob's assessment was recorded");
    }

    /**
     * Report R waits with pages x and y; alice holds another report of x, bob another of y. Each settles their page
     * with "apply to duplicates", at the same moment, so each writes one of R's two URLs: whichever commits second
     * must see the other's assessment and complete R, and only one of them may.
     */
    @Test
    void twoAnalystsSettlingOneReportThroughDuplicatesCompleteItExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                api.drainQueue();
                String host = "race-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
                String x = "http://" + host + "/x";
                String y = "http://" + host + "/y";
                JsonObject alicesReport = claimSubmitted(alice, api.submit("ug", x));
                JsonObject bobsReport = claimSubmitted(bob, api.submit("np", y));
                JsonObject shared = api.submit("in", x, y);

                JsonObject sighting = api.get("api/v1/reports/" + alicesReport.getString("id"), "Authorization", alice).json()
                        .getJsonArray("urls").getJsonObject(0).getJsonObject("sightings").getJsonArray("samePage")
                        .getJsonObject(0);
                assertEquals(shared.getString("reference"), sighting.getString("reference"));
                String sharedId = sighting.getString("reportId");

                List<Api.Reply> replies = together(pool, List.of(
                        () -> assess(alice, alicesReport.getString("id"), firstUrl(alicesReport), ACTS_ON_IT),
                        () -> assess(bob, bobsReport.getString("id"), firstUrl(bobsReport), ACTS_ON_IT)));
                for (Api.Reply reply : replies) {
                    assertEquals(201, reply.status(), "round " + round + ": " + reply.body());
                    assertEquals(1, reply.json().getJsonArray("appliedToDuplicates").size(), reply.body());
                }
                List<String> trail = audited(sharedId);
                assertEquals(1, trail.stream().filter("report.assessed"::equals).count(),
                        "round " + round + ": the shared report completed once, trail " + trail);
                assertEquals(2, trail.stream().filter("url.assess.duplicate"::equals).count(), "round " + round + ": " + trail);
                assertEquals("action-taken", publicStatus("in", shared), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameAssessmentPostedTwiceAtOnceIsRecordedOnceAndTheOtherGets409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                JsonObject claimed = claimSubmitted(alice, api.submit("ma", "http://twice.example/" + UUID.randomUUID()));
                String reportId = claimed.getString("id");
                String urlId = firstUrl(claimed);
                List<Api.Reply> replies = together(pool, List.of(
                        () -> assess(alice, reportId, urlId, ACTS_ON_IT),
                        () -> assess(alice, reportId, urlId, ACTS_ON_IT)));
                List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
                assertEquals(List.of(201, 409), statuses, "round " + round + ": " + replies.stream().map(Api.Reply::body).toList());
                Api.Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertEquals("urn:reportingportals:problem:already-assessed", refused.json().getString("type"));

                Api.Reply again = assess(alice, reportId, urlId, ACTS_ON_IT);
                assertEquals(409, again.status(), "a later retry: " + again.body());
                List<String> trail = audited(reportId);
                assertEquals(1, trail.stream().filter("url.assess"::equals).count(), "round " + round + ": " + trail);
                assertEquals(1, trail.stream().filter("report.assessed"::equals).count(), "round " + round + ": " + trail);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A claim as the claimer saw it: which report, and the lease it was given (one second, ending at {@code until}). */
    private record Claim(String reference, String analyst, Instant until) {
        Instant from() {
            return until.minusSeconds(1);
        }
    }

    /**
     * Eight analysts claim three reports under one-second leases, over and over, so leases keep running out while
     * other claims are under way. Every claim must start at or after the end of the lease before it on the same
     * report, as each lease is stated in the answer the claimer got.
     */
    @Test
    void claimsHandEachReportToOneLiveHolderAtATimeWhileLeasesRunOut() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(api.submit("ug", "http://storm.example/" + UUID.randomUUID()).getString("reference"));
        }
        int claimers = 8;
        int handoversWanted = 4; // per report: enough leases run out under contention to make the test worth it
        List<Claim> claims = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> perReport = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Callable<Api.Reply>> work = new ArrayList<>();
            for (int c = 0; c < claimers; c++) {
                String analyst = "storm-" + c;
                String bearer = Api.bearer(TestTokens.analyst(analyst));
                work.add(() -> {
                    // bounded by attempts, not by time: the test ends however slow the machine is
                    for (int attempt = 0; attempt < 1_500 && !enoughHandovers(perReport, references, handoversWanted); attempt++) {
                        Api.Reply reply = api.post(CLAIMS + "?leaseSeconds=1", "", "Authorization", bearer);
                        if (reply.status() == 201) {
                            JsonObject report = reply.json();
                            claims.add(new Claim(report.getString("reference"), analyst, Instant.parse(report.getString("leaseUntil"))));
                            perReport.merge(report.getString("reference"), 1, Integer::sum);
                        } else if (reply.status() != 204) {
                            failures.add(reply.status() + " " + reply.body());
                        }
                        Thread.sleep(20);
                    }
                    return null;
                });
            }
            together(pool, work);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures, "every claim answered 201 or 204");
        assertTrue(enoughHandovers(perReport, references, handoversWanted), "leases ran out and reports were handed on: " + perReport);
        for (String reference : references) {
            List<Claim> ofReport = claims.stream().filter(c -> c.reference().equals(reference))
                    .sorted(Comparator.comparing(Claim::until)).toList();
            for (int i = 1; i < ofReport.size(); i++) {
                Claim before = ofReport.get(i - 1);
                Claim after = ofReport.get(i);
                assertFalse(after.from().isBefore(before.until()), reference + " was handed to " + after.analyst() + " at "
                        + after.from() + " while " + before.analyst() + " held it until " + before.until());
            }
        }
    }

    private static boolean enoughHandovers(Map<String, Integer> perReport, List<String> references, int wanted) {
        return references.stream().allMatch(r -> perReport.getOrDefault(r, 0) > wanted);
    }

    // --- helpers

    /** Runs the calls at the same moment (released together from a latch) and returns their results in order. */
    private static <T> List<T> together(ExecutorService pool, List<Callable<T>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return call.call();
            }));
        }
        ready.await();
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private JsonObject claim(String bearer, String query) {
        Api.Reply reply = api.post(CLAIMS + query, "", "Authorization", bearer);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Claims the report just submitted, which is then the only one waiting. */
    private JsonObject claimSubmitted(String bearer, JsonObject ack) {
        JsonObject claimed = claim(bearer, "");
        assertEquals(ack.getString("reference"), claimed.getString("reference"), "the queue held only the new report");
        return claimed;
    }

    private static String firstUrl(JsonObject claimed) {
        return claimed.getJsonArray("urls").getJsonObject(0).getString("id");
    }

    private Api.Reply assess(String bearer, String reportId, String urlId, String body) {
        return api.post("api/v1/reports/" + reportId + "/urls/" + urlId + "/assessments", body, "Authorization", bearer);
    }

    private String publicStatus(String tenant, JsonObject ack) {
        return api.post("api/v1/portals/" + tenant + "/status", "{\"reference\":\"" + ack.getString("reference")
                + "\",\"receipt\":\"" + ack.getString("receipt") + "\"}").json().getString("status");
    }

    /** The actions in a report's audit trail, as a senior reads them. */
    private List<String> audited(String reportId) {
        Api.Reply trail = api.get("api/v1/audit?limit=500&reportId=" + reportId, "Authorization", senior);
        assertEquals(200, trail.status(), trail.body());
        List<String> actions = new ArrayList<>();
        try (var reader = jakarta.json.Json.createReader(new StringReader(trail.body()))) {
            reader.readArray().forEach(e -> actions.add(e.asJsonObject().getString("action")));
        }
        return actions;
    }
}
