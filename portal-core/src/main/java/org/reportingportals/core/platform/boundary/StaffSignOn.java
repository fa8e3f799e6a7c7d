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
 * {@code nonce} in the mechanism's cookies ({@code useSession = false}), the client authenticated with its
 * secret, PKCE added by {@link StaffAuthentication}. Roles come from the realm roles in the {@code groups} claim.
 *
 * <p>The mechanism only signs staff on. From then on a sealed pass in the browser is the sign-on
 * ({@link StaffAuthentication}): it ends after {@code portal.staff.session-idle} without a request, or
 * {@code portal.staff.session-max} after signing on, when the provider is asked again (and its SSO session, if still
 * alive, answers without a login page). Tokens are therefore not refreshed, and nothing lives in a session, so the
 * provider's callback and every later request may reach any instance.
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
        redirectToOriginalResource = false,
        useSession = false,
        scope = {"openid", "profile", "email"},
        tokenAutoRefresh = false,
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
