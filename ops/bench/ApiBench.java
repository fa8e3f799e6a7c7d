import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the platform's API from outside, on this machine only: report intake (sequential and concurrent)
 * and an analyst's claim + detail + assessment of a 3-URL report. Bounded in count; prints a summary.
 * Usage: java ApiBench.java BASE_URL ANALYST_TOKEN
 */
public class ApiBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String bearer = "Bearer " + args[1];
        // warm-up: JIT, pools
        for (int i = 0; i < 20; i++) {
            submit(i, 1);
        }
        List<Long> sequential = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            sequential.add(submit(1000 + i, 1));
        }
        double sequentialSeconds = (System.nanoTime() - t0) / 1e9;

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> futures = new ArrayList<>();
        long t1 = System.nanoTime();
        for (int i = 0; i < 400; i++) {
            int n = 5000 + i;
            futures.add(pool.submit(() -> submit(n, 1)));
        }
        List<Long> concurrent = new ArrayList<>();
        for (Future<Long> f : futures) {
            concurrent.add(f.get());
        }
        double concurrentSeconds = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();

        // drain what the intake runs queued, then time the analyst cycle on fresh 3-URL reports
        while (send(HttpRequest.newBuilder(URI.create(base + "api/v1/queue/claims?leaseSeconds=7200"))
                .header("Authorization", bearer).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode() == 201) {
            // claimed out of the way
        }
        for (int i = 0; i < 50; i++) {
            submit(9000 + i, 3);
        }
        List<Long> cycles = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            HttpResponse<String> claim = send(HttpRequest.newBuilder(URI.create(base + "api/v1/queue/claims"))
                    .header("Authorization", bearer).POST(HttpRequest.BodyPublishers.noBody()).build());
            check(claim, 201);
            String reportId = first(claim.body(), "\"id\":\"([0-9a-f-]{36})\",\"leaseUntil");
            check(send(HttpRequest.newBuilder(URI.create(base + "api/v1/reports/" + reportId))
                    .header("Authorization", bearer).GET().build()), 200);
            Matcher urls = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"index\"").matcher(claim.body());
            while (urls.find()) {
                check(send(HttpRequest.newBuilder(URI.create(base + "api/v1/reports/" + reportId + "/urls/" + urls.group(1)
                                + "/assessments")).header("Authorization", bearer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"not-criminal\",\"actions\":[\"none\"]}")).build()), 201);
            }
            cycles.add(System.nanoTime() - start);
        }

        System.out.println(line("intake, 1 client (200 reports)", sequential, 200 / sequentialSeconds));
        System.out.println(line("intake, 8 clients (400 reports)", concurrent, 400 / concurrentSeconds));
        System.out.println(line("claim + detail + assess 3 URLs (50 cycles)", cycles, 0));
    }

    static long submit(int n, int urls) throws Exception {
        StringBuilder list = new StringBuilder();
        for (int u = 0; u < urls; u++) {
            list.append(u == 0 ? "" : ",").append("\"http://bench-").append(n).append(".example/page/").append(u).append('"');
        }
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "api/v1/portals/ug/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\":[" + list + "],\"whereFound\":\"website\"}")).build());
        check(response, 201);
        return System.nanoTime() - start;
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            // status only: a body can carry a report's URLs, which are never printed
            throw new IllegalStateException(response.uri().getPath() + " answered " + response.statusCode());
        }
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex);
        }
        return m.group(1);
    }

    static String line(String what, List<Long> nanos, double perSecond) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-44s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%s", what,
                at(sorted, 0.50), at(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6,
                perSecond > 0 ? String.format(Locale.ROOT, "  %.0f reports/s", perSecond) : "");
    }

    static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
