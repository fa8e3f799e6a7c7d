package org.reportingportals.core.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The realm of {@code ops/keycloak/start.sh}, which the build starts around the integration tests. */
public final class Keycloak {

    public static final String REALM = "http://127.0.0.1:8180/realms/portal";

    private Keycloak() {
    }

    public static boolean isUp() {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
