package org.reportingportals.core.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * PKCE (RFC 7636, S256) for the browser sign-on. Jakarta Security 3.0's OpenID Connect mechanism (Soteria
 * 3.0.3 in Payara 6) sends neither a code challenge nor a verifier, so this adds both around it: the
 * challenge to its redirect to the provider ({@link #challengeOnRedirect}), the verifier to its token request
 * ({@link PkceTokenRequests}, which reads {@link #pendingVerifier()} on the same thread). The verifier waits
 * for the callback in a sealed cookie together with the request's {@code state} ({@link StaffAuthentication}), so
 * the callback may reach any instance.
 */
public final class Pkce {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SESSION_PREFIX = Pkce.class.getName() + ".";
    private static final ThreadLocal<String> PENDING = new ThreadLocal<>();

    private Pkce() {
    }

    static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The response as the mechanism sees it: an authorization redirect leaves with a code challenge added, and
     * {@code pending} is told the state and verifier it must keep for the callback (the browser carries them, sealed).
     */
    static HttpServletResponse challengeOnRedirect(HttpServletResponse response, Pending pending) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                Optional<String> state = parameter(location, "state");
                if (state.isPresent() && location.contains("response_type=code")) {
                    String verifier = newVerifier();
                    pending.keep(state.get(), verifier);
                    location = location + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
                }
                super.sendRedirect(location);
            }
        };
    }

    /** Runs the code exchange with {@code verifier} (kept for this callback's state) available to the token request. */
    static <T, E extends Exception> T withVerifier(Optional<String> verifier, Exchange<T, E> exchange) throws E {
        verifier.ifPresent(PENDING::set);
        // the JAX-RS client finds PkceTokenRequests through META-INF/services with the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Pkce.class.getClassLoader());
        try {
            return exchange.run();
        } finally {
            thread.setContextClassLoader(previous);
            PENDING.remove();
        }
    }

    /** The verifier of the code exchange running on this thread, if any. */
    public static Optional<String> pendingVerifier() {
        return Optional.ofNullable(PENDING.get());
    }

    static Optional<String> parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** Where the state and verifier of a sign-on on its way to the provider are kept until the callback. */
    interface Pending {
        void keep(String state, String verifier);
    }

    interface Exchange<T, E extends Exception> {
        T run() throws E;
    }
}
