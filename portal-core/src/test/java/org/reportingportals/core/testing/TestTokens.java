package org.reportingportals.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs RS256 tokens shaped like the Keycloak realm's, with a key pair made for this test JVM. The deployment
 * under test trusts the public key through {@link Deployments}; nothing here is mocked on the server side.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test.invalid/realms/portal";
    public static final String AUDIENCE = "portal-api";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(KEYS.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    public static String analyst(String username) {
        return token(username, List.of("analyst"), ISSUER, AUDIENCE, Instant.now().plusSeconds(300), KEYS);
    }

    public static String withRoles(String username, List<String> roles) {
        return token(username, roles, ISSUER, AUDIENCE, Instant.now().plusSeconds(300), KEYS);
    }

    /** A partner administrator of one tenant: role {@code partner-admin} and the {@code tenant} claim. */
    public static String partner(String username, String tenant) {
        return token(username, List.of("partner-admin"), ISSUER, AUDIENCE, Instant.now().plusSeconds(300), KEYS,
                ",\"tenant\":\"" + tenant + "\"");
    }

    public static String expired(String username) {
        return token(username, List.of("analyst"), ISSUER, AUDIENCE, Instant.now().minusSeconds(600), KEYS);
    }

    public static String fromOtherIssuer(String username) {
        return token(username, List.of("analyst"), "https://elsewhere.invalid/realms/portal", AUDIENCE,
                Instant.now().plusSeconds(300), KEYS);
    }

    public static String forOtherAudience(String username) {
        return token(username, List.of("analyst"), ISSUER, "another-api", Instant.now().plusSeconds(300), KEYS);
    }

    public static String signedByStranger(String username) {
        return token(username, List.of("analyst"), ISSUER, AUDIENCE, Instant.now().plusSeconds(300), generate());
    }

    private static String token(String username, List<String> roles, String issuer, String audience, Instant expiry,
                                KeyPair keys) {
        return token(username, roles, issuer, audience, expiry, keys, "");
    }

    private static String token(String username, List<String> roles, String issuer, String audience, Instant expiry,
                                KeyPair keys, String extraClaims) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test\"}";
        String groups = roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(",", "[", "]"));
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8))
                + "\",\"aud\":[\"" + audience + "\"],\"iat\":" + now + ",\"exp\":" + expiry.getEpochSecond()
                + ",\"jti\":\"" + UUID.randomUUID() + "\",\"upn\":\"" + username + "\",\"preferred_username\":\"" + username
                + "\",\"name\":\"" + username + "\",\"groups\":" + groups + extraClaims + "}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
