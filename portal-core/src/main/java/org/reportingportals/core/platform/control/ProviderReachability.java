package org.reportingportals.core.platform.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the sign-on provider answers, asked before a browser is sent to it: the mechanism keeps the provider's
 * metadata once read, so with Keycloak down it would still redirect, and the browser would end on a connection
 * error instead of our page that says sign-on is unavailable. A "no" is kept for a few seconds, so a burst of
 * sign-ons against a provider that is down asks once; a "yes" only for a second, so a provider that has just stopped
 * is noticed by the next sign-on (keeping "yes" for 5 s sent the fault drill's browser to a stopped Keycloak). Only
 * sign-ons ask (signed-on staff carry a pass and never need the provider).
 */
public final class ProviderReachability {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEPT_YES = Duration.ofSeconds(1);
    private static final Duration KEPT_NO = Duration.ofSeconds(5);

    private final URI metadata;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Instant askedAt = Instant.MIN;
    private volatile boolean reachable;

    /** @param issuer the realm, whose {@code .well-known/openid-configuration} must answer 200 */
    public ProviderReachability(URI issuer, Clock clock) {
        String base = issuer.toString();
        this.metadata = URI.create((base.endsWith("/") ? base : base + "/") + ".well-known/openid-configuration");
        this.clock = clock;
    }

    public boolean reachable() {
        Instant now = clock.instant();
        if (now.isBefore(askedAt.plus(reachable ? KEPT_YES : KEPT_NO))) {
            return reachable;
        }
        boolean answer;
        try {
            answer = client.send(HttpRequest.newBuilder(metadata).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            answer = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = false;
        }
        reachable = answer;
        askedAt = now;
        return answer;
    }
}
