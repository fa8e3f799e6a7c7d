package org.reportingportals.core.platform.boundary;

import org.reportingportals.core.platform.entity.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Browser sign-on of staff (analysts at {@code /console}, partners at {@code /admin}) with Jakarta Security's
 * OpenID Connect mechanism against the Keycloak realm: authorization-code flow with {@code state} and
 * {@code nonce} kept in the session, the client authenticated with its secret, PKCE added by
 * {@link StaffAuthentication}. Roles come from the realm roles in the {@code groups} claim. Tokens are
 * refreshed with the refresh token when they expire (Keycloak's are short-lived), so a form posted after
 * five minutes is not bounced through the provider; the session ends when Keycloak's SSO session idles out
 * or the container session does (30 minutes), whichever is first.
 *
 * <p>The provider and client are read from configuration through this bean's EL names, so one WAR serves
 * every environment: {@code portal.oidc.issuer}, {@code portal.oidc.client-id}, {@code portal.oidc.client-secret}.
 */
@ApplicationScoped
@Named("staffSignOn")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${staffSignOn.provider}",
        clientId = "${staffSignOn.clientId}",
        clientSecret = "${staffSignOn.clientSecret}",
        redirectURI = "${baseURL}" + StaffSignOn.CALLBACK,
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email"},
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class StaffSignOn {

    /** Where the provider sends the browser back with the code; handled by the mechanism itself. */
    public static final String CALLBACK = "/console/callback";

    @Inject
    OidcSettings oidc;

    public String getProvider() {
        return oidc.issuer().toString();
    }

    public String getClientId() {
        return oidc.clientId();
    }

    public String getClientSecret() {
        return oidc.clientSecret();
    }
}
