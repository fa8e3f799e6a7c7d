package org.reportingportals.core.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small HTTP client for the API under test. */
public final class Api {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL reported) {
        String text = Deployments.reachable(reported).toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    public Reply post(String path, String json, String... headers) {
        HttpRequest.Builder request = request(path, headers).POST(HttpRequest.BodyPublishers.ofString(json));
        if (!hasHeader(headers, "Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /**
     * Claims everything waiting in the central queue under a long lease, so a test starts from an empty
     * queue whatever the tests before it left there.
     */
    public void drainQueue() {
        String sweeper = bearer(TestTokens.analyst("sweeper"));
        for (int i = 0; i < 10_000; i++) {
            Reply reply = post("api/v1/queue/claims?leaseSeconds=7200", "", "Authorization", sweeper);
            if (reply.status() == 204) {
                return;
            }
            if (reply.status() != 201) {
                throw new IllegalStateException("draining the queue: " + reply.status() + " " + reply.body());
            }
        }
        throw new IllegalStateException("the queue did not drain");
    }

    /**
     * Submits a report of these URLs to a tenant's portal through the public API, as a citizen would; the
     * acknowledgement (reference, receipt).
     */
    public JsonObject submit(String tenant, String... urls) {
        var list = Json.createArrayBuilder();
        for (String url : urls) {
            list.add(url);
        }
        Reply reply = post("api/v1/portals/" + tenant + "/reports", Json.createObjectBuilder().add("urls", list).build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("submitting a report: " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static boolean hasHeader(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
