import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fault drills against a running cluster (ops/cluster/run): each drill prints one line, {@code PASS name: figures}
 * or {@code FAIL name: figures and reason}, and exits 0 or 1. The faults themselves (kill -9, PostgreSQL stop,
 * Keycloak stop, SMTP stop) go through the cluster's scripts. Only the JDK: HttpClient, no dependencies.
 *
 * <p>Every request is a new connection ({@code Connection: close}) so HAProxy's round robin spreads them over the
 * instances; HAProxy names the instance that answered in {@code X-Served-By}. Each logical client sends its own
 * {@code X-Forwarded-For} address (HAProxy appends 127.0.0.1, the trusted proxy), so the rate limits of one drill do
 * not starve another. Report bodies are never printed: statuses, references and counts only.
 *
 * <p>Usage: {@code java -Djdk.httpclient.allowRestrictedHeaders=connection Drills.java DRILL [--quick]} with
 * {@code CLUSTER_STATE} naming the cluster's state file and {@code REPO} the repository.
 */
public class Drills {

    static final SecureRandom RANDOM = new SecureRandom();
    static final String RUN = Long.toString(System.currentTimeMillis(), 36) + HexFormat.of().formatHex(bytes(3));
    static Map<String, String> state;
    static Path repo;
    static boolean quick;
    static HttpClient http;
    /** cycles --via I: the same cycles against one instance (to tell a drill's own fault from the cluster's) */
    static int via;

    public static void main(String[] args) throws Exception {
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "connection");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        repo = Path.of(System.getenv().getOrDefault("REPO", "."));
        state = readState(Path.of(System.getenv().getOrDefault("CLUSTER_STATE", repo.resolve("target/cluster/state").toString())));
        quick = List.of(args).contains("--quick");
        int at = List.of(args).indexOf("--via");
        via = at >= 0 ? Integer.parseInt(args[at + 1]) : 0;
        String drill = args.length > 0 ? args[0] : "";
        Verdict verdict;
        try {
            verdict = switch (drill) {
                case "cycles" -> cycles();
                case "kill-9" -> kill9();
                case "postgres-down" -> postgresDown();
                case "keycloak-down" -> keycloakDown();
                case "smtp-down" -> smtpDown();
                case "idempotency" -> idempotency();
                case "commit-fails" -> commitFails();
                case "publication" -> publication();
                case "rate-limit" -> rateLimit();
                case "flood" -> flood();
                default -> throw new IllegalArgumentException("unknown drill '" + drill + "'");
            };
        } catch (Exception | AssertionError e) {
            verdict = Verdict.fail("aborted: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.println((verdict.passed ? "PASS " : "FAIL ") + drill + ": " + verdict.figures);
        System.exit(verdict.passed ? 0 : 1);
    }

    record Verdict(boolean passed, String figures) {
        static Verdict pass(String figures) {
            return new Verdict(true, figures);
        }

        static Verdict fail(String figures) {
            return new Verdict(false, figures);
        }

        static Verdict of(List<String> problems, String figures) {
            return problems.isEmpty() ? pass(figures) : fail(figures + "; " + String.join("; ", problems));
        }
    }

    // ---------------------------------------------------------------------------------------------- the cluster

    static Map<String, String> readState(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    static int instances() {
        return Integer.parseInt(state.get("N"));
    }

    static int instancePort(int i) {
        return Integer.parseInt(state.get("BASE_PORT")) + i - 1;
    }

    /** The load balancer on localhost: the staff cookies are __Host-/Secure, kept by clients for localhost only. */
    static String lb() {
        if (via > 0) {
            return instance(via);
        }
        return "http://localhost:" + state.get("PORTAL_PORT");
    }

    static String instance(int i) {
        return "http://localhost:" + instancePort(i);
    }

    static String keycloak() {
        return "http://127.0.0.1:" + state.get("KC_PORT");
    }

    static boolean ready(int i) {
        try {
            return send(get(instance(i) + "/health/ready").build()).status == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A cluster script (ops/cluster/instance kill 2, ...) or any command; its output goes to stderr. */
    static int sh(String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            // the drill's own stdout is the verdict line only
            return process.waitFor();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e);
        }
    }

    static String shOut(String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue());
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e);
        }
    }

    /** SQL in the cluster's database as the platform's role; rows as tab-separated lines. */
    static List<String> sql(String query) {
        String out = shOut("env", "PGPASSWORD=portal", "psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-U", "portal", "-d", state.get("DB"), "-c", query);
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    static long sqlCount(String query) {
        return Long.parseLong(sql(query).get(0).strip());
    }

    static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static void waitAllReady(int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 1; i <= instances(); i++) {
            while (!ready(i)) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("inst" + i + " not ready");
                }
                sleep(500);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- HTTP

    record Reply(int status, Map<String, List<String>> headers, String body, String servedBy, String error, URI uri) {
        Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String what() {
            return error != null ? error : Integer.toString(status);
        }
    }

    static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(35)).header("Connection", "close").GET();
    }

    static HttpRequest.Builder post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(35)).header("Connection", "close")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Never throws: a failed exchange is a reply with status 0 and the exception's name. */
    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new HashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return new Reply(response.statusCode(), headers, response.body(),
                    response.headers().firstValue("X-Served-By").orElse(request.uri().getPort() + ""), null, request.uri());
        } catch (IOException e) {
            return new Reply(0, Map.of(), "", "-", e.getClass().getSimpleName(), request.uri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, Map.of(), "", "-", "interrupted", request.uri());
        }
    }

    static String form(Map<String, List<String>> fields) {
        return fields.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String html(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    static Optional<String> find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String clientAddress() {
        byte[] b = bytes(3);
        return "10." + (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (1 + (b[2] & 0xff) % 254);
    }

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A browser: one cookie jar per origin (the platform's __Host- cookies are sent over http to localhost as a
     * browser does for that secure context), redirects followed by hand, every request on a new connection, the
     * instance of each answer recorded.
     */
    static final class Browser {
        final String client = clientAddress();
        final Map<String, Map<String, String>> jars = new HashMap<>();
        final List<String> trail = new ArrayList<>();
        final Map<String, Integer> servedBy = new TreeMap<>();
        int requests;

        Reply get(String url) {
            return exchange(Drills.get(url));
        }

        Reply post(String url, Map<String, List<String>> fields) {
            return exchange(Drills.post(url, "application/x-www-form-urlencoded", form(fields)));
        }

        Reply exchange(HttpRequest.Builder builder) {
            URI uri = builder.build().uri();
            String cookies = jar(uri).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies);
            }
            builder.header("X-Forwarded-For", client).header("Accept-Language", "en");
            Reply reply = send(builder.build());
            requests++;
            if (uri.getPort() != Integer.parseInt(state.get("KC_PORT"))) {
                servedBy.merge(reply.servedBy, 1, Integer::sum);
            }
            trail.add(builder.build().method() + " " + uri.getPath() + " " + reply.what() + "@" + reply.servedBy);
            for (String set : reply.all("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String lower = set.toLowerCase(Locale.ROOT);
                if (lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970") || pair.substring(eq + 1).isEmpty()) {
                    jar(uri).remove(pair.substring(0, eq));
                } else {
                    jar(uri).put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return reply;
        }

        Map<String, String> jar(URI uri) {
            return jars.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), k -> new LinkedHashMap<>());
        }

        /** Follows redirects (at most 10) from a reply; the last reply. */
        Reply follow(Reply reply) {
            for (int hop = 0; hop < 10 && reply.status / 100 == 3 && reply.header("Location").isPresent(); hop++) {
                reply = get(reply.uri.resolve(reply.header("Location").get()).toString());
            }
            return reply;
        }

        String trail() {
            List<String> last = trail.subList(Math.max(0, trail.size() - 6), trail.size());
            return String.join(" -> ", last);
        }

        /** Keycloak's sign-in form, filled and sent; the reply after all redirects. */
        Reply signOn(Reply loginPage, String user, String password) {
            String action = html(find(loginPage.body, "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                    .or(() -> find(loginPage.body, "<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\""))
                    .orElseThrow(() -> new AssertionError("no Keycloak sign-in form (" + loginPage.what() + " at " + loginPage.uri.getHost()
                            + ":" + loginPage.uri.getPort() + ")")));
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("username", List.of(user));
            fields.put("password", List.of(password));
            fields.put("credentialId", List.of(""));
            return follow(post(loginPage.uri.resolve(action).toString(), fields));
        }
    }

    /** The CSRF field of the first form on a page whose action ends with {@code actionSuffix}. */
    static Map<String, List<String>> formOf(String page, String actionSuffix) {
        Matcher forms = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL).matcher(page);
        while (forms.find()) {
            String action = html(find(forms.group(1), "action=\"([^\"]*)\"").orElse(""));
            if (action.split("\\?")[0].endsWith(actionSuffix)) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(forms.group(2));
                while (hidden.find()) {
                    fields.put(hidden.group(1), new ArrayList<>(List.of(html(hidden.group(2)))));
                }
                fields.put("@action", List.of(action));
                return fields;
            }
        }
        throw new AssertionError("no form posting to *" + actionSuffix);
    }

    static Reply submitForm(Browser browser, String base, Map<String, List<String>> form) {
        String action = form.remove("@action").get(0);
        return browser.post(URI.create(base + "/").resolve(action).toString(), form);
    }

    // ---------------------------------------------------------------------------------------------- reports by API

    record Attempt(int n, long atMillis, int status, boolean retryAfter, String reference, String servedBy, String error) {
    }

    static String reportBody(String marker, int n, int urls, String extra) {
        StringBuilder list = new StringBuilder();
        for (int u = 0; u < urls; u++) {
            list.append(u == 0 ? "" : ",").append("\"http://drill-").append(marker).append("-").append(n).append(".example/page/").append(u).append('"');
        }
        return "{\"urls\":[" + list + "],\"whereFound\":\"website\"" + extra + "}";
    }

    /** POSTs one report; base is the load balancer or an instance. */
    static Attempt report(String base, String marker, int n, int urls, String key, String client, String extra, long t0) {
        HttpRequest.Builder request = post(base + "/api/v1/portals/ug/reports", "application/json", reportBody(marker, n, urls, extra))
                .header("X-Forwarded-For", client);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        Reply reply = send(request.build());
        String reference = reply.status == 201 || reply.status == 200 ? find(reply.body, "\"reference\":\"([A-Z0-9-]+)\"").orElse(null) : null;
        return new Attempt(n, (System.nanoTime() - t0) / 1_000_000, reply.status, reply.header("Retry-After").isPresent(),
                reference, reply.servedBy, reply.error);
    }

    /** The reports in the database whose first URL carries the marker: the n in the URL -> references. */
    static Map<Integer, List<String>> stored(String marker) {
        Map<Integer, List<String>> byN = new HashMap<>();
        Pattern n = Pattern.compile("^http://drill-" + Pattern.quote(marker) + "-(\\d+)\\.example/page/0$");
        for (String row : sql("SELECT r.reference, u.raw_url FROM reports r JOIN reported_urls u ON u.report_id = r.id"
                + " WHERE u.url_index = 0 AND u.raw_url LIKE " + quoted("http://drill-" + marker + "-%"))) {
            String[] cols = row.split("\t");
            Matcher m = n.matcher(cols[1]);
            if (m.matches()) {
                byN.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(cols[0]);
            }
        }
        return byN;
    }

    static String histogram(List<Attempt> attempts) {
        Map<String, Integer> counts = new TreeMap<>();
        attempts.forEach(a -> counts.merge(a.error != null ? a.error : Integer.toString(a.status), 1, Integer::sum));
        return counts.toString();
    }

    static String servedBy(List<Attempt> attempts) {
        Map<String, Integer> counts = new TreeMap<>();
        attempts.stream().filter(a -> a.error == null).forEach(a -> counts.merge(a.servedBy, 1, Integer::sum));
        return counts.toString();
    }

    /**
     * A steady arrival rate of reports through the load balancer for a while, each with its own Idempotency-Key and
     * client, each retried (as a real client would) until acknowledged or the deadline; every attempt recorded.
     */
    static final class Load {
        final String marker;
        final int rate;
        final int seconds;
        final int urls;
        final boolean retry;
        final Supplier<String> base;
        final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        final Map<Integer, Set<String>> referencesPerKey = new ConcurrentHashMap<>();
        final long t0 = System.nanoTime();
        int sent;

        Load(String marker, int rate, int seconds, int urls, boolean retry, Supplier<String> base) {
            this.marker = marker;
            this.rate = rate;
            this.seconds = seconds;
            this.urls = urls;
            this.retry = retry;
            this.base = base;
        }

        long now() {
            return (System.nanoTime() - t0) / 1_000_000;
        }

        void run() throws InterruptedException {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(16, rate * 4));
            long deadline = seconds * 1000L + (retry ? 30_000 : 0);
            int total = rate * seconds;
            for (int n = 0; n < total; n++) {
                long due = n * 1000L / rate;
                long wait = due - now();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                int number = n;
                String key = "drill-" + marker + "-" + n + "-" + HexFormat.of().formatHex(bytes(6));
                String client = clientAddress();
                pool.submit(() -> {
                    while (true) {
                        Attempt a = report(base.get(), marker, number, urls, key, client, "", t0);
                        attempts.add(a);
                        if (a.reference != null) {
                            acknowledged.putIfAbsent(number, a.reference);
                            referencesPerKey.computeIfAbsent(number, k -> ConcurrentHashMap.newKeySet()).add(a.reference);
                            return;
                        }
                        if (!retry || now() > deadline || (a.status >= 400 && a.status < 500 && a.status != 429 && a.status != 408)) {
                            return;
                        }
                        sleep(1000);
                    }
                });
                sent++;
            }
            pool.shutdown();
            pool.awaitTermination(deadline + 60_000, TimeUnit.MILLISECONDS);
        }

        /** Problems of the ledger against the table: lost acknowledgements, duplicates, references of other keys. */
        List<String> check(Map<String, Object> figures) {
            Map<Integer, List<String>> stored = stored(marker);
            int lost = 0, duplicates = 0, mismatched = 0;
            for (var e : acknowledged.entrySet()) {
                List<String> rows = stored.getOrDefault(e.getKey(), List.of());
                if (!rows.contains(e.getValue())) {
                    lost++;
                } else if (rows.size() > 1) {
                    duplicates++;
                }
            }
            for (var e : stored.entrySet()) {
                if (!acknowledged.containsKey(e.getKey()) && e.getValue().size() > 1) {
                    duplicates++;
                }
            }
            for (var refs : referencesPerKey.values()) {
                if (refs.size() > 1) {
                    mismatched++;
                }
            }
            figures.put("acknowledged", acknowledged.size() + "/" + sent);
            figures.put("rows", stored.values().stream().mapToInt(List::size).sum());
            figures.put("lost", lost);
            figures.put("duplicates", duplicates);
            List<String> problems = new ArrayList<>();
            if (lost > 0) {
                problems.add(lost + " acknowledged reports missing from the table");
            }
            if (duplicates > 0) {
                problems.add(duplicates + " reports stored more than once");
            }
            if (mismatched > 0) {
                problems.add(mismatched + " keys answered with different references");
            }
            return problems;
        }
    }

    static String figures(Map<String, Object> figures) {
        return figures.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------------- 1. cycles

    static Verdict cycles() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Integer> instancesSeen = new TreeMap<>();
        int requests = 0;
        for (var cycle : List.<Map.Entry<String, java.util.function.Function<Browser, String>>>of(
                Map.entry("citizen", Drills::citizenCycle), Map.entry("analyst", Drills::analystCycle),
                Map.entry("partner", Drills::partnerCycle))) {
            Browser browser = new Browser();
            String outcome;
            try {
                outcome = cycle.getValue().apply(browser);
            } catch (AssertionError | RuntimeException e) {
                outcome = null;
                problems.add(cycle.getKey() + " failed: " + e.getMessage() + " [" + browser.trail() + "]");
            }
            figures.put(cycle.getKey(), outcome == null ? "failed" : "ok " + outcome + " in " + browser.requests + " requests");
            requests += browser.requests;
            browser.servedBy.forEach((k, v) -> instancesSeen.merge(k, v, Integer::sum));
        }
        figures.put("served by", instancesSeen);
        figures.put("requests", requests);
        return Verdict.of(problems, figures(figures));
    }

    static String citizenCycle(Browser b) {
        String base = lb();
        Reply page = b.get(base + "/ug/en/report");
        check(page.status == 200, "report form " + page.what());
        Map<String, List<String>> fields = formOf(page.body, "/report");
        fields.put("url", List.of("http://drill-" + RUN + "-cycle.example/page/0"));
        fields.put("whereFound", List.of("website"));
        fields.put("feedback", List.of("receipt"));
        fields.put("action", List.of("send"));
        Reply sent = submitForm(b, base, fields);
        check(sent.status == 303, "form post " + sent.what() + " (expected 303)");
        Reply received = b.follow(sent);
        check(received.status == 200, "receipt page " + received.what());
        String reference = find(received.body, "id=\"reference\">([^<]+)<").orElseThrow(() -> new AssertionError("no reference on the receipt page"));
        String receipt = find(received.body, "id=\"receipt\">([^<]+)<").orElseThrow(() -> new AssertionError("no receipt on the receipt page"));
        Reply statusPage = b.get(base + "/ug/en/status");
        check(statusPage.status == 200, "status page " + statusPage.what());
        Map<String, List<String>> status = formOf(statusPage.body, "/status");
        status.put("reference", List.of(reference));
        status.put("receipt", List.of(receipt));
        Reply checked = submitForm(b, base, status);
        check(checked.status == 200 && checked.body.contains("result-heading"), "status check " + checked.what());
        Reply api = b.exchange(post(base + "/api/v1/portals/ug/status", "application/json",
                "{\"reference\":\"" + reference + "\",\"receipt\":\"" + receipt + "\"}"));
        check(api.status == 200 && api.body.contains("\"status\":\"received\""), "status API " + api.what());
        return reference;
    }

    /** /console through Keycloak's sign-in form, as a browser: the console's queue page at the end. */
    static Reply signOnInBrowser(Browser b, String base, String path, String user, String password) {
        Reply start = b.get(base + path);
        Reply login = b.follow(start);
        check(login.uri.getPort() == Integer.parseInt(state.get("KC_PORT")) && login.status == 200,
                "GET " + path + " did not lead to Keycloak's sign-in page (" + start.what() + " then " + login.what() + " at "
                        + login.uri.getHost() + ":" + login.uri.getPort() + login.uri.getPath() + ")");
        Reply landed = b.signOn(login, user, password);
        check(landed.status == 200 && landed.uri.getPath().startsWith(path.replaceAll("/$", "")),
                "after sign-on: " + landed.what() + " at " + landed.uri.getPath());
        return landed;
    }

    static String analystCycle(Browser b) {
        String base = lb();
        Reply console = signOnInBrowser(b, base, "/console/", "analyst1", "analyst1-demo");
        Reply claimed = b.follow(submitForm(b, base, formOf(console.body, "/console/claims")));
        check(claimed.status == 200 && claimed.uri.getPath().startsWith("/console/reports/"),
                "claim next: " + claimed.what() + " at " + claimed.uri.getPath());
        String reportPath = claimed.uri.getPath();
        int assessed = 0;
        Reply page = claimed;
        while (page.body.contains("/assessments\"") && assessed < 10) {
            Map<String, List<String>> assess = formOf(page.body, "/assessments");
            assess.put("outcome", List.of("not-criminal"));
            assess.put("actions", List.of("none"));
            assess.put("notes", List.of("fault drill"));
            Reply done = submitForm(b, base, assess);
            check(done.status == 303, "assessment post " + done.what());
            assessed++;
            page = b.follow(done);
            check(page.status == 200, "after the assessment: " + page.what());
            if (!page.uri.getPath().equals(reportPath)) {
                break;
            }
        }
        check(assessed > 0, "the claimed report had no assessment form");
        Reply out = b.follow(submitForm(b, base, formOf(page.body, "/logout")));
        check(out.status == 200 && out.uri.getPath().endsWith("/signed-out"), "sign out: " + out.what() + " at " + out.uri.getPath());
        Reply again = b.follow(b.get(base + "/console/"));
        check(again.uri.getPort() == Integer.parseInt(state.get("KC_PORT")) && again.body.contains("kc-form-login"),
                "after sign-out /console/ must ask for sign-on again: " + again.what());
        return assessed + " URL(s) of " + reportPath.substring(reportPath.lastIndexOf('/') + 1, reportPath.lastIndexOf('/') + 9);
    }

    static String partnerCycle(Browser b) {
        String marker = "Drill footer " + RUN;
        return editPreviewPublish(b, lb(), marker) + " '" + marker + "'";
    }

    /** Edit the ug draft, preview it, publish it; returns when the publish answered. */
    static String editPreviewPublish(Browser b, String base, String marker) {
        signOnInBrowser(b, base, "/admin/ug", "partner-ug", "partner-ug-demo");
        Reply edit = b.get(base + "/admin/ug/configuration");
        check(edit.status == 200, "configuration page " + edit.what());
        String yaml = html(find(edit.body, "<textarea id=\"yaml\"[^>]*>(.*?)</textarea>").orElseThrow(() -> new AssertionError("no YAML editor")))
                .replaceFirst("^\n", "");
        String changed = yaml.replaceFirst("portal.layout.footer.anonymous: .*", "portal.layout.footer.anonymous: " + marker);
        check(changed.contains(marker), "the footer text is not in the YAML");
        Map<String, List<String>> draft = formOf(edit.body, "/configuration/draft");
        draft.put("yaml", List.of(changed));
        draft.put("action", List.of("preview"));
        Reply previewed = submitForm(b, base, draft);
        check(previewed.status == 303 && b.jar(previewed.uri).containsKey("__Host-preview"), "save + preview " + previewed.what());
        Reply preview = b.follow(previewed);
        check(preview.status == 200 && preview.body.contains(marker), "the preview shows the draft: " + preview.what());
        Reply configuration = b.get(base + "/admin/ug/configuration");
        Reply published = submitForm(b, base, formOf(configuration.body, "/configuration/publish"));
        check(published.status == 303 && published.header("Location").orElse("").contains("notice=published"),
                "publish " + published.what() + " " + published.header("Location").orElse(""));
        return "published";
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    // ---------------------------------------------------------------------------------------------- 2. kill -9

    static Verdict kill9() throws Exception {
        int seconds = quick ? 40 : 120;
        Load load = new Load(RUN + "k", 20, seconds, 1, true, Drills::lb);
        List<String> kills = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger skipped = new AtomicInteger();
        Thread killer = new Thread(() -> {
            int next = 1;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end - 5_000_000_000L) {
                sleep(10_000);
                int readyCount = 0;
                for (int i = 1; i <= instances(); i++) {
                    readyCount += ready(i) ? 1 : 0;
                }
                if (readyCount < instances()) {
                    // one is still booting from the last kill: killing another would leave one
                    skipped.incrementAndGet();
                    continue;
                }
                int victim = next;
                next = next % instances() + 1;
                sh("ops/cluster/instance", "kill", Integer.toString(victim));
                kills.add("inst" + victim + "@" + load.now() / 1000 + "s");
                sh("ops/cluster/instance", "start", Integer.toString(victim));
            }
        });
        killer.start();
        load.run();
        killer.join();
        waitAllReady(300);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("kills", kills.size() + " " + kills);
        figures.put("ticks skipped (one still booting)", skipped.get());
        List<String> problems = load.check(figures);
        List<Attempt> all = new ArrayList<>(load.attempts);
        figures.put("attempts", all.size() + " " + histogram(all));
        figures.put("errors", all.stream().filter(a -> a.reference == null).count());
        figures.put("served by", servedBy(all));
        if (kills.isEmpty()) {
            problems.add("no instance was killed (none was ever ready with the others)");
        }
        return Verdict.of(problems, figures(figures));
    }

    // ---------------------------------------------------------------------------------------------- 3. PostgreSQL down

    static Verdict postgresDown() throws Exception {
        int outage = quick ? 10 : 20;
        Map<String, Object> figures = new LinkedHashMap<>();
        long others = sqlCount("SELECT count(*) FROM pg_stat_activity WHERE datname IS NOT NULL AND datname NOT IN ("
                + quoted(state.get("DB")) + ", 'postgres')");
        figures.put("other databases' sessions", others);
        Map<Integer, String> pids = new HashMap<>();
        for (int i = 1; i <= instances(); i++) {
            pids.put(i, shOut("ops/cluster/instance", "pid", Integer.toString(i)).strip());
        }
        String marker = RUN + "p";
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicLong stoppedAt = new AtomicLong(Long.MAX_VALUE), startedAt = new AtomicLong(Long.MAX_VALUE);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        AtomicInteger counter = new AtomicInteger();
        // 10 reports/s, alternating between the load balancer and each instance directly (the instances' own answers)
        int targets = instances() + 1;
        long loadEnd = 5_000 + outage * 1000L + 25_000;
        Thread generator = new Thread(() -> {
            for (int n = 0; ; n++) {
                long due = n * 100L;
                if (due > loadEnd) {
                    break;
                }
                long wait = due - (System.nanoTime() - t0) / 1_000_000;
                if (wait > 0) {
                    sleep(wait);
                }
                int number = counter.getAndIncrement();
                int target = number % targets;
                String base = target == 0 ? lb() : instance(target);
                pool.submit(() -> attempts.add(report(base, marker, number, 1, null, clientAddress(), "", t0)));
            }
        });
        generator.start();
        sleep(5_000);
        stoppedAt.set((System.nanoTime() - t0) / 1_000_000);
        int stop = -1, start = -1;
        long stopDone;
        try {
            stop = sh("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "stop", "-m", "fast");
            stopDone = (System.nanoTime() - t0) / 1_000_000;
            sleep(outage * 1000L);
        } finally {
            start = sh("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "start");
            startedAt.set((System.nanoTime() - t0) / 1_000_000);
        }
        generator.join();
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        check(stop == 0 && start == 0, "pg_ctlcluster stop/start exited " + stop + "/" + start);

        List<String> problems = new ArrayList<>();
        List<Attempt> all = new ArrayList<>(attempts);
        all.sort((a, b) -> Long.compare(a.atMillis, b.atMillis));
        Map<Integer, List<String>> stored = stored(marker);
        long notCommitted = all.stream().filter(a -> a.reference != null && !stored.getOrDefault(a.n, List.of()).contains(a.reference)).count();
        long fiveHundreds = all.stream().filter(a -> a.status == 500).count();
        // answered while PostgreSQL was down (after the stop had finished, before the start): 503 + Retry-After only
        List<Attempt> during = all.stream().filter(a -> a.atMillis > stopDone + 1000 && a.atMillis < startedAt.get()).toList();
        long bad = during.stream().filter(a -> !(a.status == 503 && a.retryAfter) && !(a.reference != null
                && stored.getOrDefault(a.n, List.of()).contains(a.reference))).count();
        figures.put("outage", (startedAt.get() - stoppedAt.get()) / 1000 + " s");
        figures.put("answers during it", histogram(during) + " (" + during.stream().filter(a -> a.status == 503 && a.retryAfter).count()
                + " 503 with Retry-After)");
        figures.put("all answers", histogram(all));
        // first success after the restart, per target (load balancer, each instance)
        Map<String, String> recovery = new TreeMap<>();
        for (int target = 0; target < targets; target++) {
            int t = target;
            Optional<Attempt> first = all.stream().filter(a -> a.n % targets == t && a.atMillis > startedAt.get() && a.reference != null).findFirst();
            String name = t == 0 ? "lb" : "inst" + t;
            recovery.put(name, first.map(a -> String.format(Locale.ROOT, "%.1f s", (a.atMillis - startedAt.get()) / 1000.0)).orElse("never"));
            if (first.isEmpty() || first.get().atMillis - startedAt.get() > 20_000) {
                problems.add(name + " not serving within 20 s after PostgreSQL was back");
            }
        }
        figures.put("first success after restart", recovery);
        if (notCommitted > 0) {
            problems.add(notCommitted + " acknowledged reports not in the table");
        }
        if (fiveHundreds > 0) {
            problems.add(fiveHundreds + " answers 500");
        }
        if (bad > 0) {
            problems.add(bad + " answers during the outage other than 503 with Retry-After");
        }
        for (int i = 1; i <= instances(); i++) {
            if (!pids.get(i).equals(shOut("ops/cluster/instance", "pid", Integer.toString(i)).strip())) {
                problems.add("inst" + i + " was restarted");
            }
        }
        return Verdict.of(problems, figures(figures));
    }

    // ---------------------------------------------------------------------------------------------- 4. Keycloak down

    static Verdict keycloakDown() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String kcPort = state.get("KC_PORT");
        if ("8180".equals(kcPort)) {
            return Verdict.fail("not run: the cluster uses the shared Keycloak on 8180, which this drill must not stop"
                    + " (start the cluster with KC_PORT=8380 KC_MGMT_PORT=9380, as ops/drills/run does)");
        }
        // sign-on works first, and the instances have read the provider's metadata (a cached view must not hide the fault)
        Browser before = new Browser();
        signOnInBrowser(before, instance(1), "/console/", "analyst2", "analyst2-demo");
        // a sign-on under way when Keycloak goes: credentials accepted, the browser about to come back with the code
        Browser midway = new Browser();
        Reply login = midway.follow(midway.get(instance(1) + "/console/"));
        check(login.uri.getPort() == Integer.parseInt(kcPort), "no sign-in page before the stop: " + login.what());
        String action = html(find(login.body, "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").orElseThrow());
        Reply credentials = midway.post(login.uri.resolve(action).toString(), new LinkedHashMap<>(Map.of(
                "username", List.of("analyst2"), "password", List.of("analyst2-demo"), "credentialId", List.of(""))));
        String callback = credentials.header("Location").orElseThrow(() -> new AssertionError("no callback: " + credentials.what()));
        String[] env = {"env", "KC_WORK=" + state.get("KC_WORK"), "KC_PORT=" + kcPort, "KC_MGMT_PORT=" + state.get("KC_MGMT_PORT")};
        boolean restored = false;
        try {
            check(sh(concat(env, "ops/keycloak/stop.sh")) == 0, "stopping Keycloak failed");
            if (send(get(keycloak() + "/").build()).error == null) {
                // not started from the cluster's KC_WORK (someone else's): it was not stopped, and must not be
                return Verdict.fail("not run: the Keycloak on " + kcPort + " was not started from " + state.get("KC_WORK")
                        + ", so it was left running");
            }
            String marker = RUN + "c";
            long t0 = System.nanoTime();
            List<Attempt> intake = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                intake.add(report(lb(), marker, n, 1, null, clientAddress(), "", t0));
            }
            // status checks through the API for the acknowledged ones (the receipt is in the 201 body)
            int statusOk = 0, statusAsked = 0;
            for (int n = 0; n < 5; n++) {
                Reply r = send(post(lb() + "/api/v1/portals/ug/reports", "application/json", reportBody(marker, 100 + n, 1, ""))
                        .header("X-Forwarded-For", clientAddress()).build());
                String ref = find(r.body, "\"reference\":\"([^\"]+)\"").orElse("");
                String receipt = find(r.body, "\"receipt\":\"([^\"]+)\"").orElse("");
                statusAsked++;
                Reply s = send(post(lb() + "/api/v1/portals/ug/status", "application/json",
                        "{\"reference\":\"" + ref + "\",\"receipt\":\"" + receipt + "\"}").header("X-Forwarded-For", clientAddress()).build());
                statusOk += r.status == 201 && s.status == 200 ? 1 : 0;
            }
            long intakeOk = intake.stream().filter(a -> a.reference != null).count();
            figures.put("intake while down", intakeOk + "/" + intake.size() + " " + histogram(intake));
            figures.put("status checks while down", statusOk + "/" + statusAsked);
            if (intakeOk < intake.size()) {
                problems.add("intake failed while Keycloak was down");
            }
            if (statusOk < statusAsked) {
                problems.add("status checks failed while Keycloak was down");
            }
            // staff sign-on: each instance directly, and through the load balancer
            Map<String, String> signOn = new TreeMap<>();
            for (int i = 0; i <= instances(); i++) {
                String base = i == 0 ? lb() : instance(i);
                Browser b = new Browser();
                Reply r = b.get(base + "/console/");
                String seen = r.what();
                boolean clear = r.status == 503 && !leaksTrace(r.body);
                if (r.status / 100 == 3) {
                    Reply next = b.follow(r);
                    seen += "->" + next.what() + "@" + next.uri.getHost() + ":" + next.uri.getPort();
                    clear = next.status == 503 && next.uri.getPort() != Integer.parseInt(kcPort) && !leaksTrace(next.body);
                }
                signOn.put(i == 0 ? "lb" : "inst" + i, seen);
                if (!clear) {
                    problems.add((i == 0 ? "lb" : "inst" + i) + ": sign-on did not fail closed with a 503 page (" + seen + ")");
                }
            }
            figures.put("sign-on while down", signOn);
            // the callback of the sign-on under way: the code cannot be exchanged now
            Reply back = midway.get(URI.create(instance(1) + "/").resolve(callback).toString());
            Reply shown = back.status / 100 == 3 ? midway.follow(back) : back;
            boolean clear = shown.status == 503 && shown.uri.getPort() != Integer.parseInt(kcPort) && !leaksTrace(shown.body);
            figures.put("callback while down", back.what() + (shown != back ? "->" + shown.what() : ""));
            if (!clear) {
                problems.add("the callback of a sign-on under way did not fail closed with a 503 page (" + back.what() + ")");
            }
        } finally {
            long t = System.nanoTime();
            restored = sh(concat(env, "ops/keycloak/start.sh")) == 0;
            figures.put("Keycloak restarted", restored ? ((System.nanoTime() - t) / 1_000_000_000 + " s") : "FAILED");
        }
        if (!restored) {
            problems.add("Keycloak did not start again");
        } else {
            Map<String, String> after = new TreeMap<>();
            for (int i = 1; i <= instances(); i++) {
                Browser b = new Browser();
                try {
                    signOnInBrowser(b, instance(i), "/console/", "analyst2", "analyst2-demo");
                    after.put("inst" + i, "ok");
                } catch (AssertionError | RuntimeException e) {
                    after.put("inst" + i, "failed");
                    problems.add("inst" + i + ": sign-on after the restart: " + e.getMessage());
                }
            }
            figures.put("sign-on after restart", after);
        }
        return Verdict.of(problems, figures(figures));
    }

    /** A stack trace or an exception's name in a page. */
    static boolean leaksTrace(String body) {
        return body.contains("Exception") || body.matches("(?s).*\\bat (org|java|jakarta|fish|com|sun)\\.[\\w.$]+\\(.*");
    }

    static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // ---------------------------------------------------------------------------------------------- 5. SMTP down

    static String token(String user, String password) {
        Reply r = send(post(keycloak() + "/realms/portal/protocol/openid-connect/token", "application/x-www-form-urlencoded",
                form(Map.of("grant_type", List.of("password"), "client_id", List.of("portal-test"), "scope", List.of("openid"),
                        "username", List.of(user), "password", List.of(password)))).build());
        return find(r.body, "\"access_token\":\"([A-Za-z0-9._-]+)\"").orElseThrow(() -> new AssertionError("no token: " + r.what()));
    }

    static int messagesFor(String address) {
        Reply r = send(get("http://127.0.0.1:" + state.get("SMTP_API_PORT") + "/api/user/" + enc(address) + "/messages/INBOX").build());
        if (r.status != 200) {
            return 0;
        }
        return (int) Pattern.compile("\\{\"uid\":\"").matcher(r.body).results().count();
    }

    static Verdict smtpDown() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int count = 3;
        String marker = RUN + "m";
        check(sh("ops/cluster/smtp", "stop") == 0, "stopping GreenMail failed");
        List<String> addresses = new ArrayList<>();
        Set<String> references = new java.util.HashSet<>();
        boolean started = false;
        try {
            long t0 = System.nanoTime();
            for (int n = 0; n < count; n++) {
                String address = "drill-" + marker + "-" + n + "@example.org";
                addresses.add(address);
                Attempt a = report(lb(), marker, n, 1, null, clientAddress(),
                        ",\"childInDanger\":true,\"contact\":{\"email\":\"" + address + "\"},\"feedback\":\"email\"", t0);
                check(a.reference != null, "report with a contact address: " + a.status);
                references.add(a.reference);
            }
            // the analyst's assessment (through the API; the browser console is drill 1's) triggers the emails
            String bearer = "Bearer " + token("analyst1", "analyst1-demo");
            int assessed = 0;
            for (int claims = 0; claims < 50 && assessed < count; claims++) {
                Reply claim = send(post(lb() + "/api/v1/queue/claims", "application/json", "").header("Authorization", bearer).build());
                check(claim.status == 201, "claim next: " + claim.what());
                String id = find(claim.body, "\"id\":\"([0-9a-f-]{36})\",\"leaseUntil").orElseThrow();
                String reference = find(claim.body, "\"reference\":\"([A-Z0-9-]+)\"").orElse("");
                Matcher urls = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"index\"").matcher(claim.body);
                while (urls.find()) {
                    Reply done = send(post(lb() + "/api/v1/reports/" + id + "/urls/" + urls.group(1) + "/assessments", "application/json",
                            "{\"outcome\":\"not-criminal\",\"actions\":[\"none\"]}").header("Authorization", bearer).build());
                    check(done.status == 201, "assessment " + done.what());
                }
                assessed += references.contains(reference) ? 1 : 0;
            }
            check(assessed == count, "only " + assessed + " of the drill's reports were claimed");
            String refs = references.stream().map(Drills::quoted).collect(Collectors.joining(","));
            String outbox = "SELECT count(*) FROM feedback_outbox o JOIN reports r ON r.id = o.report_id WHERE r.reference IN (" + refs + ")";
            sleep(8_000); // several polls of every instance's pump, with SMTP refusing
            long waiting = sqlCount(outbox + " AND o.sent_at IS NULL AND o.given_up_at IS NULL");
            long attempts = sqlCount("SELECT coalesce(sum(o.attempts), 0) FROM feedback_outbox o JOIN reports r ON r.id = o.report_id WHERE r.reference IN (" + refs + ")");
            figures.put("waiting in the outbox while SMTP was down", waiting + "/" + count + " (" + attempts + " attempts)");
            if (waiting != count) {
                problems.add("expected " + count + " unsent outbox rows while SMTP was down, found " + waiting);
            }
            check(sh("ops/cluster/smtp", "start") == 0, "starting GreenMail failed");
            started = true;
            long back = System.nanoTime();
            long deadline = back + 90_000_000_000L;
            while (System.nanoTime() < deadline && addresses.stream().anyMatch(a -> messagesFor(a) == 0)) {
                sleep(500);
            }
            double delivered = (System.nanoTime() - back) / 1e9;
            sleep(10_000); // several more polls of every instance: a second delivery would arrive now
            Map<String, Integer> perRecipient = new TreeMap<>();
            for (int n = 0; n < count; n++) {
                perRecipient.put("#" + n, messagesFor(addresses.get(n)));
            }
            figures.put("messages per recipient after restart", perRecipient);
            figures.put("all delivered after", String.format(Locale.ROOT, "%.1f s", delivered));
            figures.put("outbox sent", sqlCount(outbox + " AND o.sent_at IS NOT NULL") + "/" + count);
            perRecipient.forEach((who, n) -> {
                if (n != 1) {
                    problems.add("recipient " + who + " got " + n + " messages (exactly 1 expected)");
                }
            });
        } finally {
            if (!started) {
                sh("ops/cluster/smtp", "start");
            }
        }
        return Verdict.of(problems, figures(figures));
    }

    // ---------------------------------------------------------------------------------------------- 6. idempotency

    static Verdict idempotency() throws Exception {
        String marker = RUN + "i";
        String key = "drill-" + marker + "-" + HexFormat.of().formatHex(bytes(8));
        int copies = 10;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Attempt>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < copies; c++) {
            int target = c % instances() + 1;
            futures.add(pool.submit(() -> {
                go.await();
                return report(instance(target), marker, 0, 1, key, clientAddress(), "", t0);
            }));
        }
        go.countDown();
        List<Attempt> answers = new ArrayList<>();
        for (Future<Attempt> f : futures) {
            answers.add(f.get());
        }
        pool.shutdown();
        Set<String> references = answers.stream().map(Attempt::reference).filter(r -> r != null).collect(Collectors.toSet());
        int rows = stored(marker).getOrDefault(0, List.of()).size();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("answers", histogram(answers));
        figures.put("by instance", servedBy(answers));
        figures.put("distinct references", references.size());
        figures.put("rows", rows);
        List<String> problems = new ArrayList<>();
        if (rows != 1) {
            problems.add(rows + " report rows for one key");
        }
        if (references.size() != 1 || answers.stream().anyMatch(a -> a.reference == null)) {
            problems.add("not every answer carried the one reference");
        }
        return Verdict.of(problems, figures(figures));
    }

    // ---------------------------------------------------------------------------------------------- 7. commit fails

    static Verdict commitFails() throws Exception {
        int seconds = quick ? 15 : 30;
        String marker = RUN + "t";
        // two URLs per report, so a half-written report (a row without all its URL rows) would show
        AtomicInteger rr = new AtomicInteger();
        Load load = new Load(marker, 20, seconds, 2, false, () -> instance(rr.getAndIncrement() % instances() + 1));
        long loops = seconds * 20L;
        String terminate = "DO $$ DECLARE n int := 0; k int; BEGIN FOR i IN 1.." + loops + " LOOP"
                + " PERFORM pg_stat_clear_snapshot();"
                + " SELECT count(pg_terminate_backend(pid)) INTO k FROM pg_stat_activity WHERE datname = current_database()"
                + " AND usename = 'portal' AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                + " AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)');"
                + " n := n + k; PERFORM pg_sleep(0.05); END LOOP; RAISE NOTICE 'terminated=%', n; END $$";
        AtomicLong terminated = new AtomicLong(-1);
        Thread killer = new Thread(() -> {
            try {
                Process p = new ProcessBuilder("env", "PGPASSWORD=portal", "psql", "-X", "-q", "-h", "127.0.0.1", "-U", "portal",
                        "-d", state.get("DB"), "-c", terminate).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                find(out, "terminated=(\\d+)").ifPresent(v -> terminated.set(Long.parseLong(v)));
            } catch (IOException | InterruptedException e) {
                // reported as -1
            }
        });
        killer.start();
        load.run();
        killer.join();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("backends terminated", terminated.get());
        List<String> problems = load.check(figures);
        List<Attempt> all = new ArrayList<>(load.attempts);
        figures.put("answers", histogram(all));
        long unexpected = all.stream().filter(a -> a.reference == null && a.status < 500).count();
        if (unexpected > 0) {
            problems.add(unexpected + " answers neither an acknowledgement nor 5xx");
        }
        long halfWritten = sqlCount("SELECT count(*) FROM reports r WHERE (SELECT count(*) FROM reported_urls u WHERE u.report_id = r.id) = 0"
                + " OR r.id IN (SELECT u.report_id FROM reported_urls u JOIN reports x ON x.id = u.report_id WHERE u.raw_url LIKE "
                + quoted("http://drill-" + marker + "-%") + " GROUP BY u.report_id HAVING count(*) <> 2)");
        figures.put("half-written reports", halfWritten);
        if (halfWritten > 0) {
            problems.add(halfWritten + " reports without all their URL rows");
        }
        if (terminated.get() <= 0) {
            problems.add("no transaction was terminated (the drill did not bite)");
        }
        waitAllReady(120);
        return Verdict.of(problems, figures(figures));
    }

    // ---------------------------------------------------------------------------------------------- 8. publication

    static Verdict publication() throws Exception {
        String marker = "Published " + RUN + " " + HexFormat.of().formatHex(bytes(3));
        Browser partner = new Browser();
        // published through one instance (its own port, so the whole sign-on and edit stay on it)
        editPreviewPublish(partner, instance(1), marker);
        long published = System.nanoTime();
        Map<String, String> delays = new TreeMap<>();
        double max = 0;
        List<String> problems = new ArrayList<>();
        Map<Integer, Double> seen = new HashMap<>();
        while ((System.nanoTime() - published) < 30_000_000_000L && seen.size() < instances()) {
            for (int i = 1; i <= instances(); i++) {
                if (seen.containsKey(i)) {
                    continue;
                }
                Reply page = send(get(instance(i) + "/ug/en/").header("X-Forwarded-For", clientAddress()).build());
                if (page.status == 200 && page.body.contains(marker)) {
                    seen.put(i, (System.nanoTime() - published) / 1e9);
                }
            }
            sleep(100);
        }
        for (int i = 1; i <= instances(); i++) {
            Double d = seen.get(i);
            delays.put("inst" + i, d == null ? "not within 30 s" : String.format(Locale.ROOT, "%.1f s", d));
            if (d == null || d > 5.0) {
                problems.add("inst" + i + " did not serve the publication within 5 s");
            }
            max = Math.max(max, d == null ? 30 : d);
        }
        return Verdict.of(problems, "published through inst1; seen " + delays + ", max delay "
                + String.format(Locale.ROOT, "%.1f s", max) + " (limit 5 s)");
    }

    // ---------------------------------------------------------------------------------------------- 9. rate limit

    static Verdict rateLimit() throws Exception {
        String marker = RUN + "r";
        String client = clientAddress();
        long t0 = System.nanoTime();
        int accepted = 0;
        Attempt last = null;
        for (int n = 0; n < 200; n++) {
            last = report(instance(1), marker, n, 1, null, client, "", t0);
            if (last.status == 429) {
                break;
            }
            check(last.reference != null, "report " + n + " answered " + last.status);
            accepted++;
        }
        check(last != null && last.status == 429, "inst1 never refused the client");
        Map<String, String> others = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i <= instances(); i++) {
            Attempt a = report(instance(i), marker, 1000 + i, 1, null, client, "", t0);
            others.put("inst" + i, a.status + (a.retryAfter ? "+Retry-After" : ""));
            if (a.status != 429 || !a.retryAfter) {
                problems.add("inst" + i + " answered " + a.status + " to the client over its limit");
            }
        }
        Attempt viaLb = report(lb(), marker, 2000, 1, null, client, "", t0);
        others.put("lb", viaLb.status + (viaLb.retryAfter ? "+Retry-After" : ""));
        if (viaLb.status != 429) {
            problems.add("the load balancer's instance answered " + viaLb.status);
        }
        Attempt other = report(lb(), marker, 3000, 1, null, clientAddress(), "", t0);
        others.put("another client", Integer.toString(other.status));
        if (other.reference == null) {
            problems.add("another client was refused too (" + other.status + ")");
        }
        return Verdict.of(problems, "accepted " + accepted + " on inst1 before 429; then " + others);
    }

    // ---------------------------------------------------------------------------------------------- 10. flood

    /**
     * 500 reports/s from 5 addresses through the load balancer (open loop: sent on a schedule, not after the
     * answer), while 30 other clients send a few reports each. Every flooding address must get its first 429 within
     * 5 s and no report accepted after it (but at a window's edge); every other client's report must be accepted.
     */
    static Verdict flood() throws Exception {
        int limit = reportLimit();
        int seconds = quick ? 12 : 30;
        int rate = 500;
        String marker = RUN + "f";
        List<String> flooders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            flooders.add(clientAddress());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        HttpClient async = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(pool)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        try {
            List<Long> before = otherClients(marker, 0, 10, 1, 2).stream().map(Attempt::atMillis).toList();
            long t0 = System.nanoTime();
            long windowAtStart = System.currentTimeMillis() / 600_000;
            ConcurrentLinkedQueue<String[]> answers = new ConcurrentLinkedQueue<>(); // {address, ms answered, status, ms sent}
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger skipped = new AtomicInteger();
            List<java.util.concurrent.CompletableFuture<?>> sent = new ArrayList<>();
            Future<List<Attempt>> others = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r);
                t.setDaemon(true);
                return t;
            }).submit(() -> otherClients(marker, 100, 30, Math.min(limit - 1, 4), seconds));
            long periodNanos = 1_000_000_000L / rate;
            for (long n = 0; n < (long) rate * seconds; n++) {
                long due = t0 + n * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                if (inFlight.get() >= 400) { // the platform is not keeping up: count it, do not pile up connections
                    skipped.incrementAndGet();
                    continue;
                }
                String address = flooders.get((int) (n % flooders.size()));
                HttpRequest request = post(lb() + "/api/v1/portals/ug/reports", "application/json",
                        reportBody(marker, (int) n, 1, "")).header("X-Forwarded-For", address).timeout(Duration.ofSeconds(20)).build();
                inFlight.incrementAndGet();
                long sentAt = (System.nanoTime() - t0) / 1_000_000;
                sent.add(async.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                    inFlight.decrementAndGet();
                    answers.add(new String[] {address, Long.toString((System.nanoTime() - t0) / 1_000_000),
                            failure == null ? Integer.toString(response.statusCode()) : failure.getClass().getSimpleName(),
                            Long.toString(sentAt)});
                    return null;
                }));
            }
            double sendSeconds = (System.nanoTime() - t0) / 1e9;
            for (var f : sent) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // counted as missing below
                }
            }
            List<Attempt> during = others.get(120, TimeUnit.SECONDS);
            boolean windowEdge = System.currentTimeMillis() / 600_000 != windowAtStart;

            List<String> problems = new ArrayList<>();
            Map<String, Integer> statuses = new TreeMap<>();
            answers.forEach(a -> statuses.merge(a[2], 1, Integer::sum));
            List<String> firsts = new ArrayList<>();
            double worst = 0;
            for (String address : flooders) {
                List<String[]> mine = answers.stream().filter(a -> a[0].equals(address))
                        .sorted(java.util.Comparator.comparingLong(a -> Long.parseLong(a[1]))).toList();
                Optional<String[]> first = mine.stream().filter(a -> a[2].equals("429")).findFirst();
                long accepted = mine.stream().filter(a -> a[2].equals("201")).count();
                // accepted although sent after the address's first 429 had arrived
                long acceptedAfter = first.map(f -> mine.stream().filter(a -> a[2].equals("201")
                        && Long.parseLong(a[3]) > Long.parseLong(f[1])).count()).orElse(0L);
                double at = first.map(f -> Long.parseLong(f[1]) / 1000.0).orElse(Double.NaN);
                firsts.add(String.format(Locale.ROOT, "%.2f s", at));
                worst = Math.max(worst, first.isPresent() ? at : Double.POSITIVE_INFINITY);
                if (first.isEmpty() || at > 5.0) {
                    problems.add("a flooding address got its first 429 " + (first.isEmpty() ? "never" : "after " + firsts.get(firsts.size() - 1)));
                }
                if (!windowEdge && (accepted > limit || acceptedAfter > 0)) {
                    problems.add("a flooding address had " + accepted + " accepted (limit " + limit + "), " + acceptedAfter + " after its 429");
                }
            }
            long otherAccepted = during.stream().filter(a -> a.reference != null).count();
            if (otherAccepted != during.size() || during.isEmpty()) {
                problems.add("other clients: " + (during.size() - otherAccepted) + " of " + during.size() + " not accepted " + histogram(during));
            }
            double achieved = answers.size() / sendSeconds;
            if (achieved < rate * 0.8) {
                problems.add(String.format(Locale.ROOT, "the flood reached only %.0f answers/s of %d", achieved, rate));
            }
            List<Long> duringMillis = during.stream().map(Attempt::atMillis).toList();
            return Verdict.of(problems, String.format(Locale.ROOT,
                    "flood %d reports/s from 5 addresses for %d s: sent %d, answered %d (%.0f/s), skipped (400 in flight) %d, answers %s; "
                            + "first 429 per address [%s], worst %.2f s (limit 5 s, %d allowed per window)%s; other clients %d/%d accepted %s, "
                            + "their latency p50/p95 %d/%d ms before, %d/%d ms during the flood",
                    rate, seconds, sent.size(), answers.size(), achieved, skipped.get(), statuses, String.join(", ", firsts), worst, limit,
                    windowEdge ? " (a window edge fell in the flood)" : "", otherAccepted, during.size(), histogram(during),
                    percentile(before, 50), percentile(before, 95), percentile(duringMillis, 50), percentile(duringMillis, 95)));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code clients} new addresses, each sending {@code each} reports at random moments over {@code seconds}; the
     * answers carry their latency in {@code atMillis}.
     */
    static List<Attempt> otherClients(String marker, int from, int clients, int each, int seconds) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(clients, 8));
        try {
            List<Callable<Attempt>> jobs = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                String address = clientAddress();
                for (int k = 0; k < each; k++) {
                    int n = from + c * 10 + k;
                    long at = start + (long) (RANDOM.nextDouble() * seconds * 1e9);
                    jobs.add(() -> {
                        java.util.concurrent.locks.LockSupport.parkNanos(at - System.nanoTime());
                        long t = System.nanoTime();
                        return report(lb(), marker, 1_000_000 + n, 1, null, address, "", t);
                    });
                }
            }
            List<Attempt> done = new ArrayList<>();
            for (Future<Attempt> f : senders.invokeAll(jobs)) {
                done.add(f.get());
            }
            return done;
        } finally {
            senders.shutdownNow();
        }
    }

    /** The instances' report limit per window, from the environment file ops/cluster/run wrote next to its state. */
    static int reportLimit() throws IOException {
        Path env = Path.of(System.getenv().getOrDefault("CLUSTER_STATE", repo.resolve("target/cluster/state").toString()))
                .resolveSibling("instance.env");
        return Files.readAllLines(env).stream().filter(l -> l.startsWith("PORTAL_RATE_LIMIT_REPORTS="))
                .map(l -> Integer.parseInt(l.substring(l.indexOf('=') + 1).replace("'", ""))).findFirst().orElse(20);
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
