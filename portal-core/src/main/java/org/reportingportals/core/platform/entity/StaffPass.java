package org.reportingportals.core.platform.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A signed-on staff member as their browser carries it between requests, sealed (see {@code StaffPasses}): who
 * they are at the provider, the roles and tenant the provider gave them at sign-on, the identity token that ends
 * their provider session at sign-out, and when they signed on and were last seen. It takes the place of an HTTP
 * session, so any instance can serve any staff request.
 *
 * @param endSession the provider's end-session endpoint, as its metadata named it at sign-on
 */
public record StaffPass(String issuer, String subject, String username, String displayName, Set<String> groups,
                        Optional<String> tenant, String idToken, Optional<String> endSession,
                        Instant signedOnAt, Instant seenAt) {

    public StaffPass {
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(username);
        Objects.requireNonNull(displayName);
        groups = Set.copyOf(groups);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(idToken);
        Objects.requireNonNull(endSession);
        Objects.requireNonNull(signedOnAt);
        Objects.requireNonNull(seenAt);
    }

    /** The same pass, seen again at {@code now}. */
    public StaffPass seen(Instant now) {
        return new StaffPass(issuer, subject, username, displayName, groups, tenant, idToken, endSession, signedOnAt, now);
    }

    @Override
    public String toString() {
        return "StaffPass[" + username + ", groups=" + groups + "]";
    }
}
