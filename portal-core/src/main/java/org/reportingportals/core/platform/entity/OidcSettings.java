package org.reportingportals.core.platform.entity;

import java.net.URI;
import java.util.Objects;

/**
 * Staff sign-on ({@code portal.oidc.*}): the Keycloak realm that issues tokens, and the console's confidential
 * client.
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret) implements SettingsGroup {

    public OidcSettings {
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(clientSecret);
    }

    /** The issuer's origin ({@code scheme://host[:port]}), which staff pages must allow as a form target. */
    public String origin() {
        return issuer.getScheme() + "://" + issuer.getHost() + (issuer.getPort() < 0 ? "" : ":" + issuer.getPort());
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + "]";
    }
}
